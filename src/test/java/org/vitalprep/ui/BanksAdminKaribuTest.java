package org.vitalprep.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.ui.BanksAdminView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class BanksAdminKaribuTest extends KaribuTestBase {

    @Autowired QuestionBankService banks;

    @Test
    void anAdminReimportsAndSeesTheReport() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate(BanksAdminView.class);
        _assertOne(BanksAdminView.class);
        _click(_get(Button.class, s -> s.withId("reimport")));
        String report = _get(Div.class, s -> s.withId("import-report")).getElement().getTextRecursively();
        assertThat(report).contains("Import report").containsAnyOf("unchanged", "imported");
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        UI.getCurrent().navigate("admin/banks");
        _assertNone(BanksAdminView.class);
        _assertOne(org.vitalprep.identity.ui.LoginView.class);
    }

    @Test
    void aLearnerCannotOpenTheViewNorCallTheService() {
        signIn("learner", "LEARNER");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/banks")).hasMessageContaining("denied");
        _assertNone(BanksAdminView.class);
        assertThatThrownBy(() -> banks.reimportAll())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
