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
        mongo.insert(new UserDocument(email, passwordHash, roles, true, clock.instant(), null, null, null, null, null));
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

    public java.util.List<java.util.Map<String, Object>> all() {
        return mongo.findAll(UserDocument.class).stream().map(u -> describe(u.email()).orElseThrow())
                .sorted(java.util.Comparator.comparing(m -> String.valueOf(m.get("email")))).toList();
    }

    public void setEnabled(String email, boolean enabled) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("enabled", enabled)
                .set("sessionsValidAfter", clock.instant()), UserDocument.class);
    }

    public void setRoles(String email, Set<String> roles) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("roles", roles)
                .set("sessionsValidAfter", clock.instant()), UserDocument.class);
    }

    /** Ends every session of the user that started before now. */
    public void endSessions(String email) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("sessionsValidAfter", clock.instant()),
                UserDocument.class);
    }

    /** An enabled account's pending reset token expiry (to rate-limit reset mails), if the account exists. */
    public Optional<java.time.Instant> resetStateIfEnabled(String email) {
        return find(email).filter(UserDocument::enabled)
                .map(u -> u.resetTokenExpires() == null ? java.time.Instant.EPOCH : u.resetTokenExpires());
    }

    public void setResetToken(String email, String tokenHash, java.time.Instant expires) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("resetTokenHash", tokenHash)
                .set("resetTokenExpires", expires), UserDocument.class);
    }

    /** Sets a new password if the token is the current, unexpired one; the token is used up either way. */
    public boolean resetPassword(String email, String tokenHash, String newHash) {
        var r = mongo.updateFirst(Query.query(Criteria.where("_id").is(email).and("resetTokenHash").is(tokenHash)
                        .and("resetTokenExpires").gt(clock.instant())),
                new Update().set("passwordHash", newHash).unset("resetTokenHash").unset("resetTokenExpires")
                        .set("sessionsValidAfter", clock.instant()), UserDocument.class);
        return r.getModifiedCount() == 1;
    }

    /** Whether a session of this user that started at {@code sessionStart} may continue. */
    public boolean sessionAllowed(String email, java.time.Instant sessionStart) {
        return find(email).map(u -> u.enabled() && (u.sessionsValidAfter() == null
                || !sessionStart.isBefore(u.sessionsValidAfter()))).orElse(true);
    }

    void signedIn(String email) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email)), new Update().set("lastLoginAt", clock.instant()),
                UserDocument.class);
    }
}
