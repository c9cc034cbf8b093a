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
