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

    /** The progress document is keyed by learner id: it is copied under the new id, then the old one removed. */
    @Override
    public void transfer(String fromLearnerId, String toLearnerId) {
        String collection = mongo.getCollectionName(ProgressDocument.class);
        org.bson.Document old = mongo.findById(fromLearnerId, org.bson.Document.class, collection);
        if (old == null) return;
        // the new account normally has no progress yet; if it has, the browser's is kept where it is (not lost)
        if (mongo.findById(toLearnerId, org.bson.Document.class, collection) != null) return;
        old.put("_id", toLearnerId);
        mongo.insert(old, collection);
        mongo.remove(Query.query(Criteria.where("_id").is(fromLearnerId)), ProgressDocument.class);
    }

    @Override
    public void delete(String learnerId) {
        mongo.remove(Query.query(Criteria.where("_id").is(learnerId)), ProgressDocument.class);
    }
}
