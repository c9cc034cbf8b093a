package org.vitalprep;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vitalprep.ui.KaribuTestBase;

import java.util.List;

/** Service tests that act as signed-in users: method security sees whoever {@link #as} names. */
public abstract class SignedInServiceTest {

    @Autowired protected ApplicationContext ctx;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        KaribuTestBase.useThisContextsSecurityStrategy(ctx);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in (for method security) as the user with the role. */
    public static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
