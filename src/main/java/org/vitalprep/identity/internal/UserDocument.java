package org.vitalprep.identity.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

/** An account. The id is the lower-cased e-mail address, so it is unique by construction. */
@Document("users")
record UserDocument(@Id String email, String passwordHash, Set<String> roles, boolean enabled, Instant createdAt,
                    Instant lastLoginAt, String resetTokenHash, Instant resetTokenExpires, Instant sessionsValidAfter,
                    @Version Long revision) {}
