package org.vitalprep.identity.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
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
        return d == null ? null : new LoginThrottle.State(d.failures(), d.lastFailure(), d.lockedUntil());
    }

    @Override
    public void put(String key, LoginThrottle.State state) {
        mongo.save(new ThrottleDocument(key, state.failures(), state.lastFailure(), state.lockedUntil()));
    }

    @Override
    public void remove(String key) {
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(key)), ThrottleDocument.class);
    }
}
