package org.vitalprep.identity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.identity.internal.AccountStore;
import org.vitalprep.identity.internal.PasswordPolicy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Learner self-registration (accounts for instructors and admins are made by an admin). */
@Service
// Anyone may call (anonymous learners too): every method acts only on the caller's own learner id or on
// published content; methods with stricter rules say so themselves.
@PreAuthorize("permitAll()")
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}$");

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUser user;
    private final java.util.List<PersonalData> personalData;

    private final org.springframework.beans.factory.ObjectProvider<ClassEnrolment> enrolment;
    private final org.vitalprep.identity.internal.ResetMailer mailer;

    AccountService(AccountStore accounts, PasswordEncoder encoder, AuditLog audit, CurrentUser user,
                   java.util.List<PersonalData> personalData,
                   org.springframework.beans.factory.ObjectProvider<ClassEnrolment> enrolment,
                   org.vitalprep.identity.internal.ResetMailer mailer) {
        this.enrolment = enrolment;
        this.mailer = mailer;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.user = user;
        this.personalData = personalData;
    }

    /** Everything VitalPrep keeps about the current learner, as JSON (the account without its password hash). */
    public String exportMyData() {
        String learnerId = user.learnerId();
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("learnerId", learnerId);
        out.put("exportedAt", java.time.Instant.now().toString());
        user.displayName().flatMap(accounts::describe).ifPresent(a -> out.put("account", a));
        for (PersonalData p : personalData) out.put(p.section(), p.export(learnerId));
        return tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(out);
    }

    /**
     * Deletes the current learner's data and, when signed in, the account (the current password confirms it).
     * The audit log keeps the fact of the deletion, not the data.
     */
    public void deleteMyData(String currentPassword) {
        String learnerId = user.learnerId();
        java.util.Optional<String> email = user.displayName().filter(accounts::exists);
        if (email.isPresent() && !accounts.passwordMatches(email.get(), currentPassword, encoder)) {
            throw new IllegalArgumentException("The password is not correct.");
        }
        for (PersonalData p : personalData) p.delete(learnerId);
        email.ifPresent(accounts::delete);
        audit.record("ACCOUNT_DELETED", learnerId, learnerId, null, "learner data deleted at the learner's request");
    }

    /** Whether a reset link can be sent by e-mail (a mail server is configured). */
    public boolean resetByMailAvailable() {
        return mailer.available();
    }

    /**
     * Sends a one-time reset link to the address if it belongs to an enabled account. The caller learns nothing
     * about whether it does (no account enumeration); at most one mail per account every 10 minutes.
     */
    public void requestPasswordReset(String email, String address) {
        if (!mailer.available()) {
            throw new IllegalStateException("This server cannot send e-mail: ask your program's administrator for a "
                    + "reset code.");
        }
        String e = normalize(email);
        if (e.isEmpty() || e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new IllegalArgumentException("Enter a valid e-mail address.");
        }
        java.time.Instant now = java.time.Instant.now();
        accounts.resetStateIfEnabled(e).ifPresentOrElse(expires -> {
            if (expires.isAfter(now.plus(AccountAdminService.RESET_VALIDITY).minus(java.time.Duration.ofMinutes(10)))) {
                audit.record("RESET_MAIL_SKIPPED", e, e, address, "a reset mail was sent less than 10 minutes ago");
                return;
            }
            String token = AccountAdminService.newToken();
            accounts.setResetToken(e, AccountAdminService.hash(token), now.plus(AccountAdminService.RESET_VALIDITY));
            mailer.send(e, token);
            audit.record("RESET_MAIL_SENT", e, e, address, "reset link mailed, valid for 24 hours");
        }, () -> audit.record("RESET_MAIL_UNKNOWN", e, e, address, "no enabled account; nothing sent"));
    }

    /** Sets a new password with a one-time token (mailed, or issued by an admin). */
    public void resetPassword(String email, String token, String newPassword, String confirmation) {
        String e = normalize(email);
        PasswordPolicy.check(newPassword, e).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (!newPassword.equals(confirmation)) throw new IllegalArgumentException("The two passwords differ.");
        if (token == null || !accounts.resetPassword(e, AccountAdminService.hash(token.trim()), encoder.encode(newPassword))) {
            audit.record("PASSWORD_RESET_FAILED", e, e, null, "invalid or expired token");
            throw new IllegalArgumentException("This reset link is not valid (it may have expired or been used).");
        }
        audit.record("PASSWORD_RESET", e, e, null, "password reset with a one-time token");
    }

    /** Changes the signed-in user's password after checking the current one. */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        String email = user.displayName().filter(accounts::exists)
                .orElseThrow(() -> new IllegalStateException("Sign in with an account first."));
        if (!accounts.passwordMatches(email, currentPassword, encoder)) {
            audit.record("PASSWORD_CHANGE_FAILED", email, email, null, "wrong current password");
            throw new IllegalArgumentException("The current password is not correct.");
        }
        PasswordPolicy.check(newPassword, email).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (!newPassword.equals(confirmation)) throw new IllegalArgumentException("The two new passwords differ.");
        accounts.setPasswordHash(email, encoder.encode(newPassword));
        audit.record("PASSWORD_CHANGED", email, email, null, "password changed");
    }

    /** Why a registration would be refused, or empty when it would be accepted (for validation as you type). */
    public Optional<String> problem(String email, String password, String confirmation) {
        String e = normalize(email);
        if (e.isEmpty() || e.length() > 254 || !EMAIL.matcher(e).matches()) return Optional.of("Enter a valid e-mail address.");
        Optional<String> weak = PasswordPolicy.check(password, e);
        if (weak.isPresent()) return weak;
        if (!password.equals(confirmation)) return Optional.of("The two passwords differ.");
        return Optional.empty();
    }

    /** Creates a learner account. */
    public void register(String email, String password, String confirmation, String address) {
        register(email, password, confirmation, address, null);
    }

    /** Creates a learner account and, with a class join code, joins that class (the code is checked first). */
    public void register(String email, String password, String confirmation, String address, String joinCode) {
        register(email, password, confirmation, address, joinCode, false);
    }

    /**
     * As above; with {@code keepBrowserWork}, the practice done in this browser before registering (attempts and
     * progress under its private learner id) becomes the new account's.
     */
    public void register(String email, String password, String confirmation, String address, String joinCode,
                         boolean keepBrowserWork) {
        problem(email, password, confirmation).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        boolean joining = joinCode != null && !joinCode.isBlank();
        ClassEnrolment classes = enrolment.getIfAvailable();
        if (joining) {
            if (classes == null) throw new IllegalArgumentException("Classes are not available");
            classes.check(joinCode);
        }
        String e = normalize(email);
        try {
            accounts.create(e, encoder.encode(password), java.util.Set.of("LEARNER"));
        } catch (DuplicateKeyException ex) {
            throw new IllegalArgumentException("An account with this e-mail address already exists. Sign in instead.");
        }
        audit.record("REGISTRATION", e, e, address, "learner account created");
        if (joining) {
            try {
                classes.enrol(e, joinCode);
            } catch (IllegalArgumentException ex) { // the class closed joining a moment ago: the account stands
                audit.record("CLASS_JOIN_FAILED", e, e, address, ex.getMessage());
            }
        }
        if (keepBrowserWork) {
            user.browserLearnerId().ifPresent(anon -> {
                for (PersonalData p : personalData) p.transfer(anon, "user:" + e);
                audit.record("BROWSER_WORK_KEPT", e, e, address, "practice done in this browser moved to the account");
            });
        }
    }

    static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

}
