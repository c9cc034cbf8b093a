package org.vitalprep.identity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.vitalprep.identity.internal.AccountStore;
import org.vitalprep.identity.internal.PasswordPolicy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Learner self-registration (accounts for instructors and admins are made by an admin). */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}$");

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountService(AccountStore accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
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
        problem(email, password, confirmation).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        String e = normalize(email);
        try {
            accounts.create(e, encoder.encode(password), java.util.Set.of("LEARNER"));
        } catch (DuplicateKeyException ex) {
            throw new IllegalArgumentException("An account with this e-mail address already exists. Sign in instead.");
        }
        audit.record("REGISTRATION", e, e, address, "learner account created");
    }

    static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

}
