package org.flowboard.dashboard.live.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests, with its own throw-away profile; never lets
 * Selenium Manager look for (or download) a driver or a browser.
 */
public final class Chromium implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private final Path profile;
    private final WebDriver driver;
    private final String baseUrl;

    public Chromium(String baseUrl, int width, int height) throws IOException {
        this.baseUrl = baseUrl;
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("flowboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public void logInAs(String user) {
        open("/login");
        WebDriverWait wait = waiting();
        // vaadin-login-form renders its fields in the light DOM, as a native form would.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-accounts")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** The element's text as written (CSS may show it in capitals). */
    public String textOf(By by) {
        // Screens re-render on pushes and ticks; an element found may be replaced before it is
        // read.
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(by).getDomProperty("textContent");
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** The ids of the elements matching a CSS selector, read in one go in the page. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> idsOf(String cssSelector) {
        return (java.util.List<String>)
                script(
                        "return [...document.querySelectorAll('"
                                + cssSelector
                                + "')].map(e => e.id);");
    }

    public void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
