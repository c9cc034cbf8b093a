package org.vitalprep.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.List;

/** Browserless UI tests: Karibu drives the real views inside the Spring context. */
public abstract class KaribuTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.vitalprep");

    @Autowired protected ApplicationContext ctx;

    @BeforeEach
    void setUpVaadin() {
        useThisContextsSecurityStrategy(ctx);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Every Spring context with Vaadin installs its own security-context strategy globally; tests that start other
     * contexts (restart tests) leave theirs behind. Put this context's back, so method security sees our sign-ins.
     */
    public static void useThisContextsSecurityStrategy(ApplicationContext ctx) {
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    protected static void signIn(String user, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        // Vaadin's view access checks read the servlet request's principal and roles
        jakarta.servlet.ServletRequest r = VaadinServletRequest.getCurrent();
        while (r instanceof jakarta.servlet.ServletRequestWrapper w && !(r instanceof FakeRequest)) r = w.getRequest();
        if (r instanceof FakeRequest request) {
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> Arrays.asList(roles).contains(role));
        }
    }
}
