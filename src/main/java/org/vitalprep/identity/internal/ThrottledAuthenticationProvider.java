package org.vitalprep.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.vitalprep.identity.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Password sign-in with brute-force protection: per account (delays after 3 failures, locked for 15 minutes after
 * 5) and per network address (delays after 10, locked after 30), checked before the password is. Every failure,
 * lockout and sign-in goes to the audit log.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider delegate;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountStore accounts;
    final LoginThrottle perAccount;
    final LoginThrottle perAddress;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, AuditLog audit, Clock clock, AccountStore accounts,
                                    LoginThrottle.StateStore store) {
        this.perAccount = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(30), store);
        this.perAddress = new LoginThrottle(10, 30, Duration.ofMinutes(15), Duration.ofMinutes(30), store);
        this.delegate = delegate;
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        Instant now = clock.instant();
        for (var entry : new Object[][]{{perAccount, "account:" + user}, {perAddress, "address:" + address}}) {
            // counted before the password is checked: a burst of simultaneous guesses cannot all pass
            LoginThrottle.Decision decision = ((LoginThrottle) entry[0]).attempt((String) entry[1], now);
            if (!decision.allowed()) {
                audit.record("LOGIN_THROTTLED", user, user, address, (String) entry[1] + " must wait "
                        + decision.retryAfter().toSeconds() + " s");
                throw new LockedException(decision.locked()
                        ? "Too many failed sign-ins: this account is locked for " + minutes(decision.retryAfter()) + "."
                        : "Too many failed sign-ins: wait " + Math.max(1, decision.retryAfter().toSeconds())
                        + " seconds and try again.");
            }
        }
        try {
            Authentication result = delegate.authenticate(new UsernamePasswordAuthenticationToken(user,
                    authentication.getCredentials()) {{
                setDetails(authentication.getDetails());
            }});
            perAccount.success("account:" + user);
            perAddress.success("address:" + address);
            audit.record("LOGIN", user, user, address, "signed in");
            accounts.signedIn(user);
            return result;
        } catch (BadCredentialsException e) {
            boolean locked = perAccount.failed("account:" + user, now);
            boolean addressLocked = perAddress.failed("address:" + address, now);
            audit.record("LOGIN_FAILED", user, user, address, "wrong user name or password");
            if (locked) {
                audit.record("LOCKOUT", user, user, address, "account locked for 15 minutes after repeated failures");
                log.warn("Account {} locked after repeated failed sign-ins from {}", user, address);
            }
            if (addressLocked) {
                audit.record("LOCKOUT", user, "address:" + address, address, "address locked for 15 minutes");
                log.warn("Address {} locked after repeated failed sign-ins", address);
            }
            throw e;
        }
    }

    private static String minutes(Duration d) {
        long m = Math.max(1, (d.toSeconds() + 59) / 60);
        return m + " minute" + (m == 1 ? "" : "s");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
