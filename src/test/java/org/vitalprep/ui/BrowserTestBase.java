package org.vitalprep.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real-browser tests in Debian's chromium + chromedriver. Skipped (not failed) where chromium is not installed;
 * CI installs it, so there they run.
 */
public abstract class BrowserTestBase {

    @LocalServerPort protected int port;
    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = chrome("412,915");
        wait = waitFor(driver);
    }

    /**
     * Headless Debian Chromium with the flags that work here (no sandbox as root, no background networking on a
     * closed network, a fresh profile). Skips the test where Chromium is not installed.
     */
    static WebDriver chrome(String windowSize) throws java.io.IOException {
        assumeTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
                "needs apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createTempDirectory("chrome-prof"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // Vaadin re-renders as it goes
        return wait;
    }

    @AfterEach
    void stopBrowser(org.junit.jupiter.api.TestInfo info) {
        if (driver == null) return;
        try {
            screenshot(info.getTestClass().map(Class::getSimpleName).orElse("test") + "-end");
        } catch (Exception ignored) {
            // a screenshot is a debugging aid only
        }
        driver.quit();
    }

    /** Scrolls the element to the middle of the viewport, then clicks it (a phone-sized window scrolls a lot). */
    protected void click(By by) {
        click(driver, wait, by);
    }

    static void click(WebDriver driver, WebDriverWait wait, By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                // scroll first: an element scrolled out of the layout's scroll container counts as not displayed
                org.openqa.selenium.WebElement present = wait.until(
                        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'})", present);
                org.openqa.selenium.WebElement el = wait.until(
                        org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(by));
                el.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) throw e; // the view re-rendered under us: find the element again
            }
        }
    }

    /** Opens a vaadin-select and picks the item whose text starts with {@code text} (scrolling the list to it). */
    static void choose(WebDriver driver, WebDriverWait wait, By select, String text) {
        click(driver, wait, select);
        By item = By.xpath("//vaadin-select-item[starts-with(normalize-space(.),'" + text + "')]");
        // other selects on the page hold items with similar texts: take the one in the open overlay
        org.openqa.selenium.WebElement el = wait.until(d -> d.findElements(item).stream()
                .filter(e -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !!arguments[0].closest('vaadin-select-list-box') && !(arguments[0].id || '').startsWith('value-')", e)))
                .filter(e -> {
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
                    return e.isDisplayed();
                }).findFirst().orElse(null));
        el.click();
    }

    protected void choose(By select, String text) {
        choose(driver, wait, select, text);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    protected void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/" + name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
