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
        choose(By.id("size"), "5");
        click(By.id("start"));

        for (int i = 1; i <= 5; i++) {
            final int n = i;
            wait.until(d -> d.findElement(By.id("progress")).getText().equals("Question " + n + " of 5"));
            new Answerer(driver, wait).answerWhateverIsShown();
            click(By.id("check"));
            WebElement verdict = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
            assertThat(verdict.getAttribute("textContent").trim()).matches("Correct|Incorrect|Partly correct");
            if (i == 1) screenshot("feedback");
            click(By.id(i < 5 ? "next" : "finish"));
        }
        WebElement score = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertThat(score.getAttribute("textContent").trim()).matches("[0-5](\\.\\d)? of 5 correct \\(\\d+%\\)");
        screenshot("result");
    }
    /** Gives some answer to the question on screen, whatever its type. */
    record Answerer(org.openqa.selenium.WebDriver driver, org.openqa.selenium.support.ui.WebDriverWait waiter) {
        private void tap(WebElement el) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", el);
            waiter.until(ExpectedConditions.elementToBeClickable(el)).click();
        }

        void answerWhateverIsShown() {
            waiter.until(d -> !d.findElements(By.cssSelector("#options, #ordering, #matching, #number")).isEmpty());
            List<WebElement> radios = driver.findElements(By.cssSelector("#options vaadin-radio-button"));
            List<WebElement> boxes = driver.findElements(By.cssSelector("#options vaadin-checkbox"));
            if (!radios.isEmpty()) {
                tap(radios.getFirst().findElement(By.tagName("label")));
            } else if (!boxes.isEmpty()) {
                tap(boxes.getFirst().findElement(By.tagName("label")));
            } else if (!driver.findElements(By.cssSelector("#ordering")).isEmpty()) {
                tap(driver.findElements(By.cssSelector("#ordering .move-down")).getFirst());
            } else if (!driver.findElements(By.cssSelector("#number")).isEmpty()) {
                driver.findElement(By.cssSelector("#number input")).sendKeys("1");
                driver.findElement(By.cssSelector("#number input")).sendKeys(org.openqa.selenium.Keys.TAB);
            } else {
                for (WebElement select : driver.findElements(By.cssSelector("#matching vaadin-select"))) {
                    tap(select);
                    // every select holds its own items: take a displayed one (the open overlay's)
                    waiter.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                            .filter(e -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                                    "return !!arguments[0].closest('vaadin-select-list-box') && !(arguments[0].id || '').startsWith('value-')", e)))
                            .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
                }
            }
        }
    }

}
