package org.vitalprep.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vitalprep.identity.internal.AccountStore;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Admin account management: disable, roles, ended sessions, one-time reset tokens; all audited, admins only. */
@SpringBootTest
class AccountAdminIT extends org.vitalprep.SignedInServiceTest {

    @Autowired AccountAdminService admin;
    @Autowired AccountService accounts;
    @Autowired AccountStore store;
    @Autowired AuditLog audit;
    @Autowired AuthenticationProvider provider;

    static final String PW = "venipuncture at the median cubital";


    private String newUser() {
        String email = "managed" + System.nanoTime() + "@example.org";
        accounts.register(email, PW, PW, null);
        return email;
    }

    private void signIn(String email, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void onlyAdminsManageAccounts() {
        String email = newUser();
        as("someone", "LEARNER");
        assertThatThrownBy(() -> admin.setEnabled(email, false))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.issueResetToken(email))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEnd() {
        String email = newUser();
        signIn(email, PW);
        Instant sessionStart = Instant.now().minusSeconds(5);
        assertThat(store.sessionAllowed(email, sessionStart)).isTrue();
        as("admin", "ADMIN");
        admin.setEnabled(email, false);
        assertThat(store.sessionAllowed(email, sessionStart)).isFalse();
        assertThatThrownBy(() -> signIn(email, PW)).isInstanceOf(DisabledException.class);
        admin.setEnabled(email, true);
        signIn(email, PW);
        admin.setRoles(email, Set.of("INSTRUCTOR"));
        assertThat(admin.accounts()).anySatisfy(m -> {
            if (m.get("email").equals(email)) assertThat(m.get("roles")).isEqualTo(Set.of("INSTRUCTOR"));
        });
        assertThatThrownBy(() -> admin.setRoles(email, Set.of("SUPERUSER"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(audit.about(email).stream().map(AuditLog.Entry::type).toList())
                .contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "ROLE_CHANGE");
    }

    @Test
    void endingSessionsInvalidatesEveryEarlierSession() {
        String email = newUser();
        Instant before = Instant.now().minusSeconds(1);
        as("admin", "ADMIN");
        admin.endSessions(email);
        assertThat(store.sessionAllowed(email, before)).isFalse();
        assertThat(store.sessionAllowed(email, Instant.now().plusSeconds(1))).isTrue();
    }

    @Test
    void aResetTokenWorksOnceAndOnlyForItsAccount() {
        String email = newUser();
        String other = newUser();
        as("admin", "ADMIN");
        String token = admin.issueResetToken(email);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.resetPassword(other, token, "a brand new passphrase", "a brand new passphrase"))
                .hasMessageContaining("not valid");
        assertThatThrownBy(() -> accounts.resetPassword(email, "nope", "a brand new passphrase", "a brand new passphrase"))
                .hasMessageContaining("not valid");
        accounts.resetPassword(email, token, "a brand new passphrase", "a brand new passphrase");
        signIn(email, "a brand new passphrase");
        assertThatThrownBy(() -> accounts.resetPassword(email, token, "yet another passphrase", "yet another passphrase"))
                .as("used up").hasMessageContaining("not valid");
        as("admin", "ADMIN");
        assertThat(audit.about(email).stream().map(AuditLog.Entry::type).toList())
                .contains("RESET_TOKEN_ISSUED", "PASSWORD_RESET", "PASSWORD_RESET_FAILED");
    }

}
