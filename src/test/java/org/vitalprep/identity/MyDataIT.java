package org.vitalprep.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vitalprep.TestAnswers;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.identity.internal.LearnerCookieFilter;
import org.vitalprep.progress.ProgressService;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Privacy: a learner downloads everything kept about them and deletes it; password change needs the old one. */
@SpringBootTest
class MyDataIT {

    @Autowired AccountService accounts;
    @Autowired AttemptService attempts;
    @Autowired ProgressService progress;
    @Autowired QuestionBankService banks;
    @Autowired AuditLog audit;

    @Autowired org.springframework.context.ApplicationContext ctx;

    @org.junit.jupiter.api.BeforeEach
    void strategy() {
        org.vitalprep.ui.KaribuTestBase.useThisContextsSecurityStrategy(ctx);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private static void as(String user, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }

    private void answerOne() {
        AttemptSnapshot a = attempts.startTutor("ekg", 1);
        ItemView i = a.items().getFirst();
        attempts.answer(a.id(), 0, TestAnswers.right(banks.question(i.questionId(), i.questionVersion())), i.seq());
    }

    @Test
    void aSignedInLearnerExportsChangesPasswordAndDeletesEverything() {
        String email = "privacy" + System.nanoTime() + "@example.org";
        String password = "tourniquet under one minute";
        accounts.register(email, password, password, "127.0.0.1");
        as(email, "LEARNER");
        answerOne();

        String json = accounts.exportMyData();
        assertThat(json).contains("\"attempts\"").contains("\"progress\"").contains(email).contains("user:" + email)
                .doesNotContain("passwordHash").doesNotContain("{bcrypt}");

        assertThatThrownBy(() -> accounts.changePassword("wrong", "another good passphrase", "another good passphrase"))
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> accounts.changePassword(password, "password1", "password1")).hasMessageContaining("common");
        accounts.changePassword(password, "another good passphrase", "another good passphrase");

        assertThatThrownBy(() -> accounts.deleteMyData(password)).hasMessageContaining("not correct");
        accounts.deleteMyData("another good passphrase");
        assertThat(attempts.recentAttempts()).isEmpty();
        assertThat(progress.summary().answered()).isZero();
        assertThat(accounts.exportMyData()).doesNotContain("\"account\"");
        as("admin", "ADMIN");
        assertThat(audit.about(email).stream().map(AuditLog.Entry::type).toList())
                .contains("REGISTRATION", "PASSWORD_CHANGE_FAILED", "PASSWORD_CHANGED");
        assertThat(audit.about("user:" + email).stream().map(AuditLog.Entry::type).toList()).contains("ACCOUNT_DELETED");
    }

    @Test
    void aLearnerWithoutAnAccountCanExportAndDeleteToo() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(LearnerCookieFilter.ATTRIBUTE, String.format("%032x", System.nanoTime()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        answerOne();
        assertThat(accounts.exportMyData()).contains("\"attempts\"").contains("anon:");
        accounts.deleteMyData(null);
        assertThat(attempts.recentAttempts()).isEmpty();
    }

    @Test
    void practiceDoneBeforeRegisteringMovesToTheNewAccountWhenAskedTo() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(LearnerCookieFilter.ATTRIBUTE, String.format("%032x", System.nanoTime()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        answerOne();
        int before = progress.summary().answered();
        assertThat(before).isEqualTo(1);
        String email = "keeper" + System.nanoTime() + "@example.org";
        String password = "lead II shows the P wave best";
        accounts.register(email, password, password, "127.0.0.1", null, true);
        assertThat(attempts.recentAttempts()).isEmpty(); // nothing left under the browser's id
        as(email, "LEARNER");
        assertThat(attempts.recentAttempts()).hasSize(1);
        assertThat(progress.summary().answered()).isEqualTo(1);

        // without asking, the browser's practice stays where it was
        SecurityContextHolder.clearContext();
        answerOne();
        String other = "fresh" + System.nanoTime() + "@example.org";
        accounts.register(other, password, password, "127.0.0.1", null, false);
        assertThat(attempts.recentAttempts()).hasSize(1);
        as(other, "LEARNER");
        assertThat(attempts.recentAttempts()).isEmpty();
    }

    @Test
    void registrationRefusesBadInputWithClearReasons() {
        assertThat(accounts.problem("not-an-email", "long enough passphrase", "long enough passphrase")).get().asString()
                .contains("valid e-mail");
        assertThat(accounts.problem("a@example.org", "short", "short")).get().asString().contains("at least 8");
        assertThat(accounts.problem("a@example.org", "long enough passphrase", "different")).get().asString().contains("differ");
        String email = "dup" + System.nanoTime() + "@example.org";
        accounts.register(email, "long enough passphrase", "long enough passphrase", null);
        assertThatThrownBy(() -> accounts.register(email.toUpperCase(), "long enough passphrase", "long enough passphrase", null))
                .hasMessageContaining("already exists");
    }
}
