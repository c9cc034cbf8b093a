package org.vitalprep.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vitalprep.classroom.ClassroomITSupport;
import org.vitalprep.identity.AccountAdminService;
import org.vitalprep.identity.AccountService;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instructor's whole loop in real Chromium: author a question, publish it, put it in a quiz, assign the quiz
 * to a class; a learner joins with the code and takes it; the instructor sees the grade and the item statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstructorFlowBrowserTest extends BrowserTestBase {

    @Autowired AccountService accounts;
    @Autowired AccountAdminService admin;
    @Autowired ApplicationContext ctx;

    static final String PW = "specimen labels at the bedside";

    private String account(String name, String role) {
        String email = name + System.nanoTime() + "@example.org";
        accounts.register(email, PW, PW, null);
        if (!role.equals("LEARNER")) {
            KaribuTestBase.useThisContextsSecurityStrategy(ctx);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            try {
                admin.setRoles(email, Set.of(role));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return email;
    }

    private void signIn(WebDriver d, WebDriverWait w, String email) {
        d.get(url("login"));
        WebElement name = w.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#login-form input[name='username']")));
        name.sendKeys(email);
        d.findElement(By.cssSelector("#login-form input[name='password']")).sendKeys(PW + Keys.ENTER);
        w.until(x -> !x.getCurrentUrl().contains("/login"));
    }

    private static void type(WebDriver d, WebDriverWait w, String css, String text) {
        WebElement input = w.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by)).getAttribute("textContent");
    }

    @Test
    void authorPublishAssignTakeGradeAndAnalyse() throws Exception {
        String instructor = account("flow-teacher", "INSTRUCTOR");
        String learner = account("flow-learner", "LEARNER");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

        // 1. the instructor writes a question: the form updates the learner preview as they type
        signIn(driver, wait, instructor);
        driver.get(url("teach/questions"));
        click(By.id("new-question"));
        wait.until(d -> d.getCurrentUrl().matches(".*/teach/questions/au-[a-z0-9]+$"));
        String id = driver.getCurrentUrl().replaceAll(".*/teach/questions/", "");
        type(driver, wait, "#stem-field textarea", "Which tube does a CBC need?");
        wait.until(d -> d.findElement(By.cssSelector("#preview #stem")).getAttribute("textContent")
                .contains("Which tube does a CBC need?"));
        // ...and completes it in the JSON tab (rationales, domains, source), then review and publish
        click(By.xpath("//vaadin-tab[normalize-space(.)='JSON']"));
        WebElement json = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#json-field textarea")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = ''", json);
        json.sendKeys(ClassroomITSupport.completeQuestion(id, "Which tube does a CBC need?").replace("\n", " "));
        json.sendKeys(Keys.TAB);
        click(By.id("apply-json"));
        wait.until(d -> d.findElement(By.id("errors")).getAttribute("textContent").contains("None"));
        click(By.id("save"));
        click(By.id("submit-review"));
        wait.until(d -> d.findElement(By.id("status")).getAttribute("textContent").contains("review"));
        click(By.id("publish"));
        wait.until(d -> d.findElement(By.id("status")).getAttribute("textContent").contains("learners get version 1"));
        screenshot("instructor-published");

        // 2. a quiz with that question
        driver.get(url("teach/quizzes"));
        type(driver, wait, "#quiz-title input", "Tubes check");
        WebElement pick = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#quiz-questions input")));
        pick.sendKeys(id);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(e -> e.getAttribute("textContent").contains(id)).findFirst().orElse(null)).click();
        pick.sendKeys(Keys.ESCAPE);
        click(By.id("save-quiz"));
        wait.until(d -> d.findElement(By.id("quizzes-grid")).getAttribute("innerHTML").contains("Tubes check")
                || d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Tubes check']")).size() > 0);

        // 3. a class, and the quiz assigned to it
        driver.get(url("teach/classes"));
        type(driver, wait, "#class-name input", "MA 102 phlebotomy");
        click(By.id("create-class"));
        wait.until(d -> d.getCurrentUrl().matches(".*/teach/classes/[0-9a-f-]{36}$"));
        String classUrl = driver.getCurrentUrl();
        String code = text(By.id("join-code")).trim();
        assertThat(code).matches("[A-Z0-9]{8}");
        click(By.xpath("//vaadin-tab[normalize-space(.)='Assignments']"));
        choose(By.id("assign-quiz"), "Tubes check");
        click(By.id("assign"));
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Tubes check']")).isEmpty());

        // 4. the learner joins with the code and takes the quiz
        WebDriver learnerDriver = chrome("1280,900");
        try {
            WebDriverWait lw = waitFor(learnerDriver);
            signIn(learnerDriver, lw, learner);
            learnerDriver.get(url("classes"));
            type(learnerDriver, lw, "#join-code-field input", code);
            click(learnerDriver, lw, By.id("join"));
            click(learnerDriver, lw, By.cssSelector("vaadin-button.start-assignment"));
            lw.until(d -> d.getCurrentUrl().contains("/attempt/"));
            click(learnerDriver, lw, By.xpath("//vaadin-radio-button[contains(normalize-space(.), 'Lavender')]//label"));
            lw.until(d -> d.findElement(By.id("save-status")).getAttribute("textContent").contains("saved"));
            click(learnerDriver, lw, By.id("review"));
            click(learnerDriver, lw, By.id("submit"));
            lw.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")));
            click(learnerDriver, lw, By.xpath("//vaadin-button[normalize-space(.)='Submit' and @slot='confirm-button']"));
            WebElement score = lw.until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
            assertThat(score.getAttribute("textContent")).contains("1 of 1 correct");
        } finally {
            learnerDriver.quit();
        }

        // 5. the instructor sees the grade and the item statistics
        driver.get(classUrl);
        wait.until(d -> !d.findElements(By.xpath("//vaadin-button[contains(@class,'grade-cell') and normalize-space(.)='100% (1)']")).isEmpty());
        click(By.xpath("//vaadin-tab[normalize-space(.)='Assignments']"));
        click(By.xpath("//a[normalize-space(.)='Item analysis']"));
        wait.until(d -> d.findElement(By.id("test-stats")).getAttribute("textContent").startsWith("1 submitted attempt"));
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='1.00']")).isEmpty());
        assertThat(driver.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '" + id + "')]"))).isNotEmpty();
        screenshot("instructor-item-analysis");
    }
}
