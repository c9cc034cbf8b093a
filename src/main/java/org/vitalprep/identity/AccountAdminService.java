package org.vitalprep.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.identity.internal.AccountStore;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What admins do to accounts: disable and enable, change roles, end sessions, issue a one-time password-reset
 * token (used when no mail server is configured: the admin hands the link to the user). Everything is audited.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdminService {

    public static final Set<String> ROLES = Set.of("LEARNER", "INSTRUCTOR", "ADMIN");
    static final Duration RESET_VALIDITY = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;

    AccountAdminService(AccountStore accounts, AuditLog audit, CurrentUser user, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public List<Map<String, Object>> accounts() {
        return accounts.all();
    }

    public void setEnabled(String email, boolean enabled) {
        require(email);
        accounts.setEnabled(email, enabled);
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", admin(), email, null,
                enabled ? "enabled" : "disabled; its sessions end");
    }

    public void setRoles(String email, Set<String> roles) {
        require(email);
        if (roles.isEmpty() || !ROLES.containsAll(roles)) throw new IllegalArgumentException("Roles must be among " + ROLES);
        accounts.setRoles(email, roles);
        audit.record("ROLE_CHANGE", admin(), email, null, "roles now " + new java.util.TreeSet<>(roles));
    }

    public void endSessions(String email) {
        require(email);
        accounts.endSessions(email);
        audit.record("SESSIONS_ENDED", admin(), email, null, "all sessions ended by an admin");
    }

    /** A one-time token, valid for 24 hours; only its hash is stored. */
    public String issueResetToken(String email) {
        require(email);
        String token = newToken();
        accounts.setResetToken(email, hash(token), clock.instant().plus(RESET_VALIDITY));
        audit.record("RESET_TOKEN_ISSUED", admin(), email, null, "valid for 24 hours");
        return token;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void require(String email) {
        if (!accounts.exists(email)) throw new IllegalArgumentException("No account " + email);
    }

    private String admin() {
        return user.displayName().orElse("admin");
    }
}
