package org.vitalprep.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.vitalprep.VitalPrepApplication;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.internal.AttemptEngine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timed exam in real Chromium, interrupted by a server restart (same data directory), resumed without loss:
 * answers, flags, position and the remaining time.
 */
class ExamRestartBrowserTest {

    @TempDir Path data;
    WebDriver driver;
    WebDriverWait wait;
    ConfigurableApplicationContext app;

    @BeforeEach
    void browser() throws Exception {
        driver = BrowserTestBase.chrome("1200,900");
        wait = BrowserTestBase.waitFor(driver);
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.close();
    }

    private int startServer() {
        // command-line arguments outrank the test configuration's in-memory database
        app = new SpringApplicationBuilder(VitalPrepApplication.class)
                .run("--server.port=0", "--vitalprep.data-dir=" + data);
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void aTimedExamSurvivesAServerRestart() {
        int port = startServer();
        driver.get("http://127.0.0.1:" + port + "/practice");
        BrowserTestBase.choose(driver, wait, By.id("exam"), "CET");
        BrowserTestBase.click(driver, wait, By.id("start-exam"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timer")));
        String learner = "anon:" + driver.manage().getCookieNamed("vp_learner").getValue();
        String url = driver.getCurrentUrl();
        String attemptId = url.substring(url.lastIndexOf('/') + 1);

        PracticeQuizBrowserTest.Answerer answerer = new PracticeQuizBrowserTest.Answerer(driver, wait);
        for (int i = 1; i <= 3; i++) {
            final int n = i;
            wait.until(d -> d.findElement(By.id("progress")).getText().startsWith("Question " + n + " of"));
            answerer.answerWhateverIsShown();
            wait.until(d -> d.findElement(By.id("save-status")).getText().equals("Answer saved"));
            if (i == 2) {
                BrowserTestBase.click(driver, wait, By.cssSelector("#flag label"));
                wait.until(d -> app.getBean(AttemptEngine.class).view(attemptId, learner).items().get(1).flagged());
            }
            BrowserTestBase.click(driver, wait, By.id("next"));
        }
        wait.until(d -> d.findElement(By.id("progress")).getText().startsWith("Question 4 of"));
        AttemptSnapshot before = app.getBean(AttemptEngine.class).view(attemptId, learner);
        assertThat(before.answered()).isEqualTo(3);

        app.close(); // the server goes away mid-exam
        app = null;
        Instant restartedAt = Instant.now();
        int port2 = startServer();

        driver.get("http://127.0.0.1:" + port2 + "/attempt/" + attemptId);
        wait.until(d -> d.findElement(By.id("progress")).getText().startsWith("Question 4 of"));
        AttemptSnapshot after = app.getBean(AttemptEngine.class).view(attemptId, learner);
        assertThat(after.items()).extracting(ItemView::answer).isEqualTo(before.items().stream().map(ItemView::answer).toList());
        assertThat(after.items()).extracting(ItemView::flagged).isEqualTo(before.items().stream().map(ItemView::flagged).toList());
        assertThat(after.position()).isEqualTo(3);
        assertThat(after.deadline()).isEqualTo(before.deadline());
        assertThat(after.finished()).isFalse();
        // the page shows the same remaining time the server holds (within the seconds the restart took)
        String timer = driver.findElement(By.id("timer")).getText();
        long left = Duration.between(restartedAt, after.deadline()).toMinutes();
        assertThat(timer).matches("\\d+:\\d\\d:\\d\\d left|\\d+:\\d\\d left");
        assertThat(timer).startsWith(left >= 60 ? (left / 60) + ":" : String.valueOf(left));
        // and going back shows the saved answer and flag
        BrowserTestBase.click(driver, wait, By.id("previous"));
        BrowserTestBase.click(driver, wait, By.id("previous"));
        wait.until(d -> d.findElement(By.id("progress")).getText().startsWith("Question 2 of"));
        assertThat(driver.findElement(By.id("save-status")).getText()).isEqualTo("Answer saved");
        assertThat(driver.findElement(By.id("flag")).getAttribute("checked")).isNotNull();
    }
}
