package org.vitalprep.exam.internal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.vitalprep.identity.PersonalData;

import java.util.List;

/** A learner's attempts, for the privacy export and account deletion. */
@Component
class AttemptPersonalData implements PersonalData {

    private final MongoTemplate mongo;

    AttemptPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String section() {
        return "attempts";
    }

    @Override
    public Object export(String learnerId) {
        List<org.bson.Document> docs = mongo.find(Query.query(Criteria.where("learnerId").is(learnerId)),
                org.bson.Document.class, mongo.getCollectionName(AttemptDocument.class));
        return docs;
    }

    @Override
    public void transfer(String fromLearnerId, String toLearnerId) {
        mongo.updateMulti(Query.query(Criteria.where("learnerId").is(fromLearnerId)),
                new org.springframework.data.mongodb.core.query.Update().set("learnerId", toLearnerId),
                AttemptDocument.class);
    }

    @Override
    public void delete(String learnerId) {
        mongo.remove(Query.query(Criteria.where("learnerId").is(learnerId)), AttemptDocument.class);
    }
}
