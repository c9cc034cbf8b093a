package org.vitalprep.progress.internal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.vitalprep.identity.PersonalData;

/** A learner's progress document, for the privacy export and account deletion. */
@Component
class ProgressPersonalData implements PersonalData {

    private final MongoTemplate mongo;

    ProgressPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String section() {
        return "progress";
    }

    @Override
    public Object export(String learnerId) {
        return mongo.findById(learnerId, org.bson.Document.class, mongo.getCollectionName(ProgressDocument.class));
    }

    @Override
    public void delete(String learnerId) {
        mongo.remove(Query.query(Criteria.where("_id").is(learnerId)), ProgressDocument.class);
    }
}
