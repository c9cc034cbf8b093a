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

    public boolean exists(String email) {
        return find(email).isPresent();
    }

    /** The account as its owner may see it (no password hash). */
    public Optional<java.util.Map<String, Object>> describe(String email) {
        return find(email).map(u -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("email", u.email());
            m.put("roles", u.roles());
            m.put("enabled", u.enabled());
            m.put("createdAt", String.valueOf(u.createdAt()));
            m.put("lastLoginAt", String.valueOf(u.lastLoginAt()));
            return m;
        });
    }

    public boolean passwordMatches(String email, String password,
                                   org.springframework.security.crypto.password.PasswordEncoder encoder) {
        return password != null && find(email).map(u -> encoder.matches(password, u.passwordHash())).orElse(false);
    }

    public void setPasswordHash(String email, String hash) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("passwordHash", hash),
                UserDocument.class);
    }

    public void delete(String email) {
        mongo.remove(Query.query(Criteria.where("_id").is(email)), UserDocument.class);
    }

    void signedIn(String email) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("lastLoginAt", clock.instant()),
                UserDocument.class);
    }
}
