package org.vitalprep.identity.internal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Accounts in MongoDB: one document each, written with single-document updates. */
@Component
public class AccountStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    AccountStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the e-mail address is taken */
    public void create(String email, String passwordHash, Set<String> roles) {
        mongo.insert(new UserDocument(email, passwordHash, roles, true, clock.instant(), null, null));
    }

    Optional<UserDocument> find(String email) {
        return Optional.ofNullable(mongo.findById(email, UserDocument.class));
    }

    void signedIn(String email) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("lastLoginAt", clock.instant()),
                UserDocument.class);
    }
}
