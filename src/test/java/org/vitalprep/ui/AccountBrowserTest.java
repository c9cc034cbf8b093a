package org.vitalprep.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vitalprep.identity.AuditLog;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration, sign-in, sign-out and lockout in real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountBrowserTest extends BrowserTestBase {

    @Autowired AuditLog audit;
    @Autowired org.vitalprep.identity.AccountService accountsService;
    @Autowired org.vitalprep.identity.AccountAdminService admin;
    @Autowired org.springframework.context.ApplicationContext ctx;

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.clear();
        input.sendKeys(text);
    }

    private void signIn(String user, String password) {
        driver.get(url("login"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#login-form input[name='username']")));
        name.clear();
        name.sendKeys(user);
        WebElement pass = driver.findElement(By.cssSelector("#login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        click(By.cssSelector("#login-form vaadin-button[slot='submit'], #login-form vaadin-button"));
        assertThat(form).isNotNull();
    }

    @Test
    void registerSignInSignOutAndGetLockedOut() throws Exception {
        String email = "learner" + System.nanoTime() + "@example.org";
        String password = "blue red green lavender gray";
        driver.get(url("register"));
        type("email", email);
        type("password", "password1");
        type("confirm", "password1");
        click(By.id("create-account"));
        wait.until(d -> d.findElement(By.id("register-error")).getText().contains("most common"));
        type("password", password);
        type("confirm", password);
        click(By.id("create-account"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-notice"), "Your account is ready"));

        signIn(email, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sign-out")));
        screenshot("signed-in");
        click(By.cssSelector(".sign-out"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-form, .sign-in")));

        // five wrong passwords lock the account; then even the right one is refused, with a clear message
        for (int i = 0; i < 5; i++) {
            signIn(email, "wrong password " + i);
            wait.until(d -> d.getCurrentUrl().contains("error"));
            Thread.sleep(i >= 3 ? 2100 : 200); // the growing delay after the third failure
        }
        signIn(email, password);
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-notice"), "locked"));
        screenshot("locked");

        KaribuTestBase.useThisContextsSecurityStrategy(ctx);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            List<String> types = audit.about(email).stream().map(AuditLog.Entry::type).toList();
            assertThat(types).contains("REGISTRATION", "LOGIN", "LOGIN_FAILED", "LOCKOUT", "LOGIN_THROTTLED");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aNewSessionIdAtSignInAndAnAdminCanEndTheSession() throws Exception {
        String email = "session" + System.nanoTime() + "@example.org";
        String password = "heparin before lavender before gray";
        accountsService.register(email, password, password, null);
        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(email, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sign-out")));
        String after = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(after).as("session fixation protection").isNotEqualTo(before);

        KaribuTestBase.useThisContextsSecurityStrategy(ctx);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            Thread.sleep(5); // the session must have started before the admin's action
            admin.endSessions(email);
        } finally {
            SecurityContextHolder.clearContext();
        }
        driver.get(url("progress"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-form, .sign-in")));
        assertThat(driver.findElements(By.cssSelector(".sign-out"))).isEmpty();
    }
}
