package org.vitalprep.classroom.internal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.vitalprep.identity.PersonalData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's class memberships, competency sign-offs and externship hours, for the privacy export and account
 * deletion. Deleting removes the learner from every roster and deletes the record; classes an instructor taught
 * keep existing for their other learners.
 */
@Component
class ClassroomPersonalData implements PersonalData {

    private final MongoTemplate mongo;
    private final ClassroomStore store;

    ClassroomPersonalData(MongoTemplate mongo, ClassroomStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public String section() {
        return "classes";
    }

    @Override
    public Object export(String learnerId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("joined", store.joinedBy(learnerId).stream().map(c -> Map.of("class", c.name(), "joinedAt",
                c.members().stream().filter(m -> m.learnerId().equals(learnerId)).findFirst()
                        .map(m -> String.valueOf(m.joinedAt())).orElse(""))).toList());
        out.put("teaching", store.taughtBy(learnerId).stream().map(ClassDocument::name).toList());
        out.put("competencyRecord", mongo.findById(learnerId, org.bson.Document.class,
                mongo.getCollectionName(StudentRecordDocument.class)));
        out.put("quizzes", store.quizzesOf(learnerId).stream().map(QuizDocument::title).toList());
        return out;
    }

    @Override
    public void delete(String learnerId) {
        List<ClassDocument> joined = store.joinedBy(learnerId);
        joined.forEach(c -> store.removeMember(c.id(), learnerId));
        // grade overrides name the learner and the instructor's reason
        mongo.updateMulti(Query.query(Criteria.where("overrides.learnerId").is(learnerId)),
                new org.springframework.data.mongodb.core.query.Update().pull("overrides",
                        new org.bson.Document("learnerId", learnerId)), AssignmentDocument.class);
        mongo.remove(Query.query(Criteria.where("_id").is(learnerId)), StudentRecordDocument.class);
        store.deleteStarts(learnerId);
    }
}
