package org.vitalprep.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.identity.AuditLog;
import org.vitalprep.identity.ui.LoginView;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every route for every kind of user: which views open and which do not. A new route must be added to the
 * matrix (the test fails on an unknown one), so nobody ships a view without deciding who may open it.
 */
@SpringBootTest
class AuthorizationMatrixKaribuTest extends KaribuTestBase {

    @Autowired QuestionBankService banks;
    @Autowired AuditLog audit;

    /** Route template -> the roles that may open it ("ANON" = anyone, signed in or not). */
    static final Map<String, Set<String>> MATRIX = Map.ofEntries(
            Map.entry("", Set.of("ANON")),
            Map.entry("modules", Set.of("ANON")),
            Map.entry("modules/:moduleId", Set.of("ANON")),
            Map.entry("modules/:moduleId/:slug", Set.of("ANON")),
            Map.entry("practice", Set.of("ANON")),
            Map.entry("attempt/:attemptId", Set.of("ANON")),
            Map.entry("progress", Set.of("ANON")),
            Map.entry("my-data", Set.of("ANON")),
            Map.entry("login", Set.of("ANON")),
            Map.entry("register", Set.of("ANON")),
            Map.entry("admin/banks", Set.of("ADMIN")),
            Map.entry("admin/audit", Set.of("ADMIN")),
            Map.entry("admin/users", Set.of("ADMIN")),
            Map.entry("reset-password", Set.of("ANON")),
            Map.entry("classes", Set.of("AUTH")),
            Map.entry("teach/questions", Set.of("INSTRUCTOR", "ADMIN")),
            Map.entry("teach/questions/:id", Set.of("INSTRUCTOR", "ADMIN")),
            Map.entry("teach/quizzes", Set.of("INSTRUCTOR", "ADMIN")),
            Map.entry("teach/classes", Set.of("INSTRUCTOR", "ADMIN")),
            Map.entry("teach/classes/:classId", Set.of("INSTRUCTOR", "ADMIN")),
            Map.entry("teach/classes/:classId/learners/:learner", Set.of("INSTRUCTOR", "ADMIN")),
            Map.entry("teach/assignments/:assignmentId/analysis", Set.of("INSTRUCTOR", "ADMIN")));

    static final Map<String, String> SAMPLE = Map.of("modules/:moduleId", "modules/ekg",
            "modules/:moduleId/:slug", "modules/ekg/03-paper-and-calibration", "attempt/:attemptId", "attempt/none",
            "teach/questions/:id", "teach/questions/none", "teach/classes/:classId", "teach/classes/none",
            "teach/classes/:classId/learners/:learner", "teach/classes/none/learners/none",
            "teach/assignments/:assignmentId/analysis", "teach/assignments/none/analysis");

    @Test
    void theMatrixCoversEveryRoute() {
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).toList();
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void anonymousVisitorsOpenOnlyPublicViews() {
        for (var e : MATRIX.entrySet()) {
            if (e.getKey().startsWith("attempt/") || e.getKey().contains(":slug")) continue; // need real ids
            String path = SAMPLE.getOrDefault(e.getKey(), e.getKey());
            UI.getCurrent().navigate(path);
            boolean open = !UI.getCurrent().getInternals().getActiveRouterTargetsChain().isEmpty()
                    && !(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof LoginView
                    && !path.equals("login"));
            assertThat(open).as(path).isEqualTo(e.getValue().contains("ANON"));
        }
    }

    @Test
    void learnersCannotOpenAdminViewsNorCallAdminServices() {
        signIn("matrix-learner", "LEARNER");
        for (var e : MATRIX.entrySet()) {
            String path = SAMPLE.getOrDefault(e.getKey(), e.getKey());
            if (!e.getValue().contains("ANON") && !e.getValue().contains("AUTH")) {
                assertThatThrownBy(() -> UI.getCurrent().navigate(path)).as(path).hasMessageContaining("denied");
            }
        }
        UI.getCurrent().navigate("classes");
        _assertOne(org.vitalprep.classroom.ui.MyClassesView.class);
        assertThatThrownBy(() -> banks.reimportAll()).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.recent(null, 10)).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void instructorsOpenTheTeachingViewsButNotTheAdminViews() {
        signIn("matrix-instructor@example.org", "INSTRUCTOR");
        for (var e : MATRIX.entrySet()) {
            if (e.getKey().contains(":")) continue; // need real ids; the IDOR tests cover those
            if (e.getValue().equals(Set.of("ADMIN"))) {
                assertThatThrownBy(() -> UI.getCurrent().navigate(e.getKey())).as(e.getKey()).hasMessageContaining("denied");
            } else if (e.getValue().contains("INSTRUCTOR")) {
                UI.getCurrent().navigate(e.getKey());
                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(e.getKey()).isNotEmpty();
            }
        }
        UI.getCurrent().navigate("teach/classes");
        _assertOne(org.vitalprep.classroom.ui.ClassesView.class);
        assertThatThrownBy(() -> banks.reimportAll()).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void adminsOpenTheAdminViews() {
        signIn("matrix-admin", "ADMIN");
        UI.getCurrent().navigate("admin/audit");
        _assertOne(org.vitalprep.identity.ui.AuditLogView.class);
        UI.getCurrent().navigate("admin/banks");
        _assertOne(org.vitalprep.bank.ui.BanksAdminView.class);
        assertThat(audit.recent(null, 10)).isNotNull();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginForAdminViews() {
        UI.getCurrent().navigate("admin/audit");
        _assertOne(LoginView.class);
    }
}
