package org.vitalprep.identity.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Sign-in failure counters in MongoDB (one small document per account or address), so a restart does not
 * clear a lockout or the delays. Each change is one single-document write.
 */
@Component
class MongoThrottleStore implements LoginThrottle.StateStore {

    @Document("login_throttle")
    record ThrottleDocument(@Id String key, int failures, Instant lastFailure, Instant lockedUntil) {}

    private final MongoTemplate mongo;

    MongoThrottleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public LoginThrottle.State get(String key) {
        ThrottleDocument d = mongo.findById(key, ThrottleDocument.class);
        return d == null || d.failures() == 0 ? null : new LoginThrottle.State(d.failures(), d.lastFailure(), d.lockedUntil());
    }

    /**
     * First forgets a stale state (one conditional update), then counts the try with one atomic {@code $inc}
     * (find-and-modify returning the document as it was), so simultaneous tries each get their own count.
     */
    @Override
    public LoginThrottle.State countTry(String key, Instant now, java.time.Duration forgetAfter) {
        Query stale = Query.query(Criteria.where("_id").is(key).orOperator(
                Criteria.where("lockedUntil").lte(now),
                new Criteria().andOperator(Criteria.where("lockedUntil").is(null),
                        Criteria.where("lastFailure").lt(now.minus(forgetAfter)))));
        mongo.updateFirst(stale, new Update().set("failures", 0).unset("lockedUntil"), ThrottleDocument.class);
        ThrottleDocument before = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc("failures", 1).set("lastFailure", now),
                FindAndModifyOptions.options().upsert(true).returnNew(false), ThrottleDocument.class);
        return before == null || before.failures() == 0 ? null
                : new LoginThrottle.State(before.failures(), before.lastFailure(), before.lockedUntil());
    }

    @Override
    public void lock(String key, Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), new Update().set("lockedUntil", until),
                ThrottleDocument.class);
    }

    @Override
    public void remove(String key) {
        mongo.remove(Query.query(Criteria.where("_id").is(key)), ThrottleDocument.class);
    }
}
