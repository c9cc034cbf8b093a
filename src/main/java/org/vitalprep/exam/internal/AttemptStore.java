package org.vitalprep.exam.internal;

import com.mongodb.client.result.UpdateResult;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of attempts. Every write is one atomic single-document update whose conditions (status, segment,
 * item sequence, deadline) make it safe to race with other tabs, the expiry job and a second submit.
 */
@Component
class AttemptStore {

    private final MongoTemplate mongo;

    AttemptStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    AttemptDocument insert(AttemptDocument attempt) {
        return mongo.insert(attempt);
    }

    /** The attempt if it exists and belongs to the learner (someone else's attempt looks like a missing one). */
    Optional<AttemptDocument> find(String id, String learnerId) {
        return Optional.ofNullable(mongo.findOne(owned(id, learnerId), AttemptDocument.class));
    }

    /** What answering item {@code index} needs to know, read with a projection (one item, not all of them). */
    record AnswerContext(String status, boolean immediateFeedback, int currentSegment, Instant currentDeadline,
                         List<AttemptDocument.Segment> segments, AttemptDocument.Item item, int viewing,
                         Instant viewingSince, boolean adaptive) {
        boolean active() {
            return AttemptDocument.ACTIVE.equals(status);
        }

        int segmentOf(int index) {
            for (int s = 0; s < segments.size(); s++) {
                if (index >= segments.get(s).from() && index < segments.get(s).to()) return s;
            }
            return -1;
        }
    }

    Optional<AnswerContext> answerContext(String id, String learnerId, int index) {
        org.bson.Document d = mongo.getCollection(mongo.getCollectionName(AttemptDocument.class))
                .find(new org.bson.Document("_id", id).append("learnerId", learnerId))
                .projection(new org.bson.Document("status", 1).append("immediateFeedback", 1)
                        .append("currentSegment", 1).append("currentDeadline", 1).append("segments", 1)
                        .append("viewing", 1).append("viewingSince", 1).append("kind", 1)
                        .append("items", new org.bson.Document("$slice", List.of(Math.max(0, index), 1))))
                .first();
        if (d == null) return Optional.empty();
        var converter = mongo.getConverter();
        List<AttemptDocument.Segment> segments = d.getList("segments", org.bson.Document.class).stream()
                .map(s -> converter.read(AttemptDocument.Segment.class, s)).toList();
        List<org.bson.Document> items = d.getList("items", org.bson.Document.class);
        AttemptDocument.Item item = index < 0 || items == null || items.isEmpty() ? null
                : converter.read(AttemptDocument.Item.class, items.getFirst());
        java.util.Date deadline = d.getDate("currentDeadline");
        java.util.Date since = d.getDate("viewingSince");
        return Optional.of(new AnswerContext(d.getString("status"), d.getBoolean("immediateFeedback", false),
                d.getInteger("currentSegment", 0), deadline == null ? null : deadline.toInstant(), segments, item,
                d.getInteger("viewing", -1), since == null ? null : since.toInstant(), "ADAPTIVE".equals(d.getString("kind"))));
    }

    List<AttemptDocument> recent(String learnerId, int limit) {
        return mongo.find(Query.query(Criteria.where("learnerId").is(learnerId))
                .with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit), AttemptDocument.class);
    }

    /** Attempts showing any of the questions, oldest first. */
    List<AttemptDocument> showing(java.util.Collection<String> questionIds) {
        return mongo.find(Query.query(Criteria.where("items.questionId").in(questionIds))
                .with(Sort.by(Sort.Direction.ASC, "startedAt")), AttemptDocument.class);
    }

    List<AttemptDocument> byAssignment(String assignmentId) {
        return mongo.find(Query.query(Criteria.where("assignmentId").is(assignmentId))
                .with(Sort.by(Sort.Direction.ASC, "startedAt")), AttemptDocument.class);
    }

    List<AttemptDocument> byAssignment(String assignmentId, String learnerId) {
        return mongo.find(Query.query(Criteria.where("assignmentId").is(assignmentId).and("learnerId").is(learnerId))
                .with(Sort.by(Sort.Direction.ASC, "startedAt")), AttemptDocument.class);
    }

    long countByAssignment(String learnerId, String assignmentId) {
        return mongo.count(Query.query(Criteria.where("learnerId").is(learnerId).and("assignmentId").is(assignmentId)),
                AttemptDocument.class);
    }

    /** Active attempts whose current segment's deadline has passed (the expiry job's work list). */
    List<AttemptDocument> expired(Instant now) {
        return mongo.find(Query.query(Criteria.where("status").is(AttemptDocument.ACTIVE)
                .and("currentDeadline").lte(now)), AttemptDocument.class);
    }

    /**
     * Saves an answer if the attempt is active, the item's segment is the current one and still open, and nobody
     * changed the item since the caller read it ({@code expectedSeq}); in tutor mode only a first answer.
     */
    boolean recordAnswer(String id, String learnerId, int index, int segment, int expectedSeq,
                         AttemptDocument.Response response, boolean firstAnswerOnly, Instant now) {
        String item = "items." + index;
        Criteria c = activeIn(id, learnerId, segment, now).and(item + ".seq").is(expectedSeq);
        if (firstAnswerOnly) c = c.and(item + ".response").is(null);
        UpdateResult r = mongo.updateFirst(Query.query(c), new Update().set(item + ".response", response)
                .inc(item + ".seq", 1).inc("revision", 1), AttemptDocument.class);
        return r.getModifiedCount() == 1;
    }

    boolean setFlag(String id, String learnerId, int index, int segment, boolean flagged, Instant now) {
        String item = "items." + index;
        UpdateResult r = mongo.updateFirst(Query.query(activeIn(id, learnerId, segment, now)),
                new Update().set(item + ".flagged", flagged).inc(item + ".seq", 1).inc("revision", 1),
                AttemptDocument.class);
        return r.getModifiedCount() == 1;
    }

    /**
     * Moves the learner to another question and books the time spent on the one they leave (time on a question is
     * measured on the server, between moves).
     */
    void moveTo(AttemptDocument a, int index, Instant now) {
        Update u = new Update().set("position", index).set("viewing", index).set("viewingSince", now).inc("revision", 1);
        if (a.viewingSince() != null && a.viewing() >= 0 && a.viewing() < a.items().size()) {
            long spent = Math.max(0, Math.min(now.toEpochMilli() - a.viewingSince().toEpochMilli(), 3_600_000L));
            u.inc("items." + a.viewing() + ".timeSpentMs", spent);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id()).and("status").is(AttemptDocument.ACTIVE)
                .and("viewingSince").is(a.viewingSince())), u, AttemptDocument.class);
    }

    /**
     * Closes segment {@code from} at {@code at} and opens the next (its clock starting then), or submits the
     * attempt when it was the last. Conditional on the segment still being current: safe to race.
     */
    boolean closeSegment(AttemptDocument a, int from, Instant at, String reason) {
        Query q = Query.query(Criteria.where("_id").is(a.id()).and("status").is(AttemptDocument.ACTIVE)
                .and("currentSegment").is(from));
        Update u = new Update().set("segments." + from + ".closedAt", at).inc("revision", 1);
        if (from + 1 < a.segments().size()) {
            AttemptDocument.Segment next = a.segments().get(from + 1);
            Instant deadline = next.minutes() > 0 ? at.plusSeconds(next.minutes() * 60L) : null;
            u.set("currentSegment", from + 1).set("segments." + (from + 1) + ".startedAt", at)
                    .set("segments." + (from + 1) + ".deadline", deadline).set("currentDeadline", deadline)
                    .set("position", next.from()).set("viewing", next.from()).set("viewingSince", at);
        } else {
            u.set("status", AttemptDocument.SUBMITTED).set("submittedAt", at).set("submitReason", reason)
                    .set("currentDeadline", null);
        }
        return mongo.updateFirst(q, u, AttemptDocument.class).getModifiedCount() == 1;
    }

    /** Adds a question to an adaptive session (and to its only segment), if nobody added one meanwhile. */
    boolean append(AttemptDocument a, AttemptDocument.Item item) {
        Query q = Query.query(Criteria.where("_id").is(a.id()).and("status").is(AttemptDocument.ACTIVE)
                .and("segments.0.to").is(a.items().size()));
        Update u = new Update().push("items", item).set("segments.0.to", a.items().size() + 1).inc("revision", 1);
        return mongo.updateFirst(q, u, AttemptDocument.class).getModifiedCount() == 1;
    }

    /** Submits an active attempt; a second submit changes nothing. */
    boolean submit(String id, String learnerId, Instant at, String reason) {
        UpdateResult r = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("learnerId").is(learnerId)
                        .and("status").is(AttemptDocument.ACTIVE)),
                new Update().set("status", AttemptDocument.SUBMITTED).set("submittedAt", at).set("submitReason", reason)
                        .set("currentDeadline", null).inc("revision", 1), AttemptDocument.class);
        return r.getModifiedCount() == 1;
    }

    /** Records the computed result summary on a submitted attempt (for lists; the result itself is derived). */
    void summarize(String id, int percent, Boolean passed) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(AttemptDocument.SUBMITTED)),
                new Update().set("percent", percent).set("passed", passed), AttemptDocument.class);
    }

    private static Query owned(String id, String learnerId) {
        return Query.query(Criteria.where("_id").is(id).and("learnerId").is(learnerId));
    }

    private static Criteria activeIn(String id, String learnerId, int segment, Instant now) {
        return Criteria.where("_id").is(id).and("learnerId").is(learnerId).and("status").is(AttemptDocument.ACTIVE)
                .and("currentSegment").is(segment)
                .orOperator(Criteria.where("currentDeadline").is(null), Criteria.where("currentDeadline").gt(now));
    }
}
