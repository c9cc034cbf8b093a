package org.vitalprep;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public method of every service is an entry point with an explicit access rule, one of four; every role the
 * rule excludes is refused by the service itself (method security), whatever the view does. Object-level rules
 * (own attempts, own classes) are covered by the IDOR tests.
 */
@SpringBootTest
class ServiceAuthorizationMatrixIT extends SignedInServiceTest {

    /** Rule -> the roles it lets through ("ANON" = not signed in). */
    static final Map<String, Set<String>> RULES = Map.of(
            "permitAll()", Set.of("ANON", "LEARNER", "INSTRUCTOR", "ADMIN"),
            "isAuthenticated()", Set.of("LEARNER", "INSTRUCTOR", "ADMIN"),
            "hasAnyRole('INSTRUCTOR','ADMIN')", Set.of("INSTRUCTOR", "ADMIN"),
            "hasRole('ADMIN')", Set.of("ADMIN"));

    record EntryPoint(Object bean, Method method, String rule) {
        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    private List<EntryPoint> entryPoints() {
        List<EntryPoint> out = new ArrayList<>();
        for (Object bean : ctx.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.vitalprep")) continue;
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) continue;
                PreAuthorize p = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
                if (p == null) p = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
                out.add(new EntryPoint(bean, m, p == null ? null : p.value().replace(" ", "")));
            }
        }
        return out;
    }

    @Test
    void everyServiceEntryPointHasAnExplicitKnownRule() {
        List<EntryPoint> all = entryPoints();
        assertThat(all).hasSizeGreaterThan(60);
        assertThat(all).filteredOn(e -> e.rule() == null).extracting(EntryPoint::name).as("no @PreAuthorize").isEmpty();
        assertThat(all).filteredOn(e -> !RULES.containsKey(e.rule())).extracting(e -> e.name() + " " + e.rule())
                .as("rule not in the matrix").isEmpty();
        // the services instructors and admins use are not open to learners
        assertThat(all).filteredOn(e -> e.name().startsWith("AuthoringService.")).extracting(EntryPoint::rule)
                .containsOnly("hasAnyRole('INSTRUCTOR','ADMIN')");
        assertThat(all).filteredOn(e -> e.name().startsWith("AccountAdminService.")).extracting(EntryPoint::rule)
                .containsOnly("hasRole('ADMIN')");
    }

    @Test
    void everyRoleARuleExcludesIsRefusedByTheService() {
        int refusals = 0;
        for (String role : List.of("ANON", "LEARNER", "INSTRUCTOR", "ADMIN")) {
            for (EntryPoint e : entryPoints()) {
                if (RULES.get(e.rule()).contains(role)) continue;
                signInAs(role);
                Throwable thrown = null;
                try {
                    Method onProxy = e.bean().getClass().getMethod(e.method().getName(), e.method().getParameterTypes());
                    onProxy.invoke(e.bean(), defaults(e.method().getParameterTypes()));
                } catch (InvocationTargetException ex) {
                    thrown = ex.getCause();
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(ex);
                }
                assertThat(thrown).as(role + " calling " + e.name())
                        .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
                refusals++;
            }
        }
        assertThat(refusals).isGreaterThan(80);
    }

    private static void signInAs(String role) {
        if (role.equals("ANON")) {
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "matrix-" + role.toLowerCase() + "@example.org", "n/a",
                    AuthorityUtils.createAuthorityList("ROLE_" + role)));
        }
    }

    private static Object[] defaults(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == int.class ? 0 : t == long.class ? 0L : t == boolean.class ? false : t == double.class ? 0.0
                    : null;
        }
        return args;
    }
}
