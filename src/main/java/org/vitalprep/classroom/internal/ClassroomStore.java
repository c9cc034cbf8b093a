package org.vitalprep.classroom.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Persistence of classes, quizzes and assignments: every write is one single-document update. */
@Component
public class ClassroomStore {

    private final MongoTemplate mongo;

    ClassroomStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ClassDocument> clazz(String id) {
        return Optional.ofNullable(mongo.findById(id, ClassDocument.class));
    }

    public Optional<ClassDocument> byJoinCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("joinCode").is(code)), ClassDocument.class));
    }

    public List<ClassDocument> taughtBy(String instructorId) {
        Query q = instructorId == null ? new Query() : Query.query(Criteria.where("instructorIds").is(instructorId));
        return mongo.find(q.with(Sort.by("name")), ClassDocument.class);
    }

    public List<ClassDocument> joinedBy(String learnerId) {
        return mongo.find(Query.query(Criteria.where("members.learnerId").is(learnerId)).with(Sort.by("name")),
                ClassDocument.class);
    }

    public ClassDocument insert(ClassDocument c) {
        return mongo.insert(c);
    }

    /** Adds the member unless already there: one conditional update, safe against two joins at once. */
    public boolean addMember(String classId, ClassDocument.Member m) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(classId).and("members.learnerId").ne(m.learnerId())),
                new Update().push("members", m).inc("revision", 1), ClassDocument.class).getModifiedCount() == 1;
    }

    public boolean removeMember(String classId, String learnerId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(classId)),
                new Update().pull("members", new org.bson.Document("learnerId", learnerId)).inc("revision", 1),
                ClassDocument.class).getModifiedCount() == 1;
    }

    public <T> T save(T doc) {
        try {
            return mongo.save(doc);
        } catch (OptimisticLockingFailureException e) {
            throw new IllegalStateException("Someone else changed this at the same time; reload and try again", e);
        }
    }

    /** Starts of one learner at one assignment, counted atomically (the attempt limit's gate). */
    @org.springframework.data.mongodb.core.mapping.Document("assignment_starts")
    record StartCount(@org.springframework.data.annotation.Id String id, int count) {}

    /**
     * Takes one of the learner's starts at the assignment if fewer than {@code limit} are taken (0 = no limit),
     * with one conditional single-document update, so two simultaneous starts cannot both take the last one.
     */
    public boolean takeStart(String assignmentId, String learnerId, int limit, int alreadyStarted) {
        String id = assignmentId + "|" + learnerId;
        for (int tries = 0; tries < 3; tries++) {
            Criteria c = Criteria.where("_id").is(id);
            if (limit > 0) c = c.and("count").lt(limit);
            if (mongo.updateFirst(Query.query(c), new Update().inc("count", 1), StartCount.class).getModifiedCount() == 1) {
                return true;
            }
            if (mongo.exists(Query.query(Criteria.where("_id").is(id)), StartCount.class)) return false;
            if (limit > 0 && alreadyStarted + 1 > limit) return false;
            try { // first start counted here: attempts made before counting existed are carried over
                mongo.insert(new StartCount(id, alreadyStarted + 1));
                return true;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another start created it first: try the conditional update again
            }
        }
        return false;
    }

    /** Undoes one {@link #takeStart} whose attempt was never created. */
    public void giveBackStart(String assignmentId, String learnerId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(assignmentId + "|" + learnerId).and("count").gt(0)),
                new Update().inc("count", -1), StartCount.class);
    }

    public void deleteStarts(String learnerId) {
        mongo.remove(Query.query(Criteria.where("_id").regex("\\|" + java.util.regex.Pattern.quote(learnerId) + "$")),
                StartCount.class);
    }

    public Optional<QuizDocument> quiz(String id) {
        return Optional.ofNullable(mongo.findById(id, QuizDocument.class));
    }

    public List<QuizDocument> quizzesOf(String ownerId) {
        Query q = ownerId == null ? new Query() : Query.query(Criteria.where("ownerId").is(ownerId));
        return mongo.find(q.with(Sort.by("title")), QuizDocument.class);
    }

    public Optional<AssignmentDocument> assignment(String id) {
        return Optional.ofNullable(mongo.findById(id, AssignmentDocument.class));
    }

    public List<AssignmentDocument> assignmentsOf(String classId) {
        return mongo.find(Query.query(Criteria.where("classId").is(classId)).with(Sort.by("createdAt")),
                AssignmentDocument.class);
    }
}
