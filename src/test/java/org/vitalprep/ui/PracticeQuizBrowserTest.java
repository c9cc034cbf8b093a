package org.vitalprep.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the app in real Chromium (phone-sized window), takes a quiz and sees the score. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PracticeQuizBrowserTest extends BrowserTestBase {

    @Test
    void takeAQuizInARealBrowser() throws Exception {
        driver.get(url(""));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".module-card")));
        assertThat(driver.findElements(By.cssSelector(".module-card"))).hasSizeGreaterThanOrEqualTo(5);
        screenshot("home");

        driver.get(url("practice"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start")));
        // choose 5 questions
        driver.findElement(By.id("size")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//vaadin-select-item[normalize-space(.)='5']"))).click();
        driver.findElement(By.id("start")).click();

        for (int i = 1; i <= 5; i++) {
            final int n = i;
            wait.until(d -> d.findElement(By.id("progress")).getText().equals("Question " + n + " of 5"));
            List<WebElement> radios = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector("#options vaadin-radio-button"), 1));
            radios.getFirst().findElement(By.tagName("label")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("check"))).click();
            WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
            assertThat(verdict.getText()).matches("Correct|Incorrect: the answer is [A-E]");
            if (i == 1) screenshot("feedback");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("next"))).click();
        }
        WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score")));
        assertThat(score.getText()).matches("[0-5] of 5 correct \\(\\d+%\\)");
        screenshot("result");
    }
}
