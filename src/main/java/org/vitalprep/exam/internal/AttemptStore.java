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

/** Persistence of attempts: every write is one atomic single-document update. */
@Component
public class AttemptStore {

    private final MongoTemplate mongo;

    AttemptStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    AttemptDocument insert(AttemptDocument attempt) {
        return mongo.insert(attempt);
    }

    /** The attempt if it exists and belongs to the learner (someone else's attempt looks like a missing one). */
    Optional<AttemptDocument> find(String id, String learnerId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("_id").is(id).and("learnerId").is(learnerId)), AttemptDocument.class));
    }

    List<AttemptDocument> recent(String learnerId, int limit) {
        return mongo.find(Query.query(Criteria.where("learnerId").is(learnerId))
                .with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit), AttemptDocument.class);
    }

    /**
     * Records an answer if the item has none yet and the attempt is still active; one atomic update.
     *
     * @return false when nothing was written (already answered, or the attempt is closed)
     */
    boolean recordAnswer(String id, String learnerId, int index, AttemptDocument.Response response, int nextPosition) {
        String field = "items." + index + ".response";
        UpdateResult r = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("learnerId").is(learnerId)
                        .and("status").is(AttemptDocument.ACTIVE).and(field).is(null)),
                new Update().set(field, response).set("position", nextPosition).inc("revision", 1),
                AttemptDocument.class);
        return r.getModifiedCount() == 1;
    }

    /** Moves the learner's place in the attempt (kept so a resumed attempt opens where they were). */
    void setPosition(String id, String learnerId, int position) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("learnerId").is(learnerId)
                        .and("status").is(AttemptDocument.ACTIVE)),
                new Update().set("position", position).inc("revision", 1), AttemptDocument.class);
    }

    /** Submits an active attempt; submitting twice changes nothing. */
    boolean submit(String id, String learnerId, Instant at) {
        UpdateResult r = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("learnerId").is(learnerId)
                        .and("status").is(AttemptDocument.ACTIVE)),
                new Update().set("status", AttemptDocument.SUBMITTED).set("submittedAt", at).inc("revision", 1),
                AttemptDocument.class);
        return r.getModifiedCount() == 1;
    }
}
