package org.flowboard.dashboard.wallboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The wallboard in a real headless Chromium: log in, read a site's figure, change it in Redis as
 * the jobs would, and see the new figure arrive by push without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long AT_1400 = Instant.parse("2026-11-25T14:00:00Z").toEpochMilli();
    private static final long AT_1402 = Instant.parse("2026-11-25T14:02:00Z").toEpochMilli();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired MetricsStore store;

    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        // Never let Selenium Manager look for (or download) a driver or a browser.
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
                "--window-size=1600,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void newFiguresArriveByPushWithoutReload() throws IOException {
        writeDemoFigures();
        store.write(occupancy("RZZ02", AT_1400, 88.1, 238, 270));

        logInAs("control", "demo");
        browser.get(url("/wallboard"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        By figure = By.id("occupancy-RZZ02");
        wait.until(ExpectedConditions.textToBe(figure, "88.1%"));
        assertThat(script("return !!(window.Vaadin && window.Vaadin.developmentMode);"))
                .as("served in production mode")
                .isEqualTo(false);
        assertThat(levelOf("RZZ02")).isEqualTo("High");
        // Marks the page: a reload would lose this property, a push keeps it.
        script("window.flowboardNoReload = true;");

        store.write(occupancy("RZZ02", AT_1402, 95.6, 258, 270));

        wait.until(ExpectedConditions.textToBe(figure, "95.6%"));
        assertThat(levelOf("RZZ02")).isEqualTo("Critical");
        assertThat(browser.findElement(By.id("tile-RZZ02")).getText())
                .contains("258 of 270 beds occupied", "as of 14:02");
        assertThat(script("return window.flowboardNoReload === true;")).isEqualTo(true);
        screenshot("wallboard.png");
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    /** The level's words as written; the stylesheet shows them in capitals. */
    private String levelOf(String site) {
        return browser.findElement(By.cssSelector("#tile-" + site + " .tile-level"))
                .getDomProperty("textContent");
    }

    private void logInAs(String user, String password) {
        browser.get(url("/login"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        // vaadin-login-form renders its fields in the light DOM, as a native form would.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-accounts")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Figures for the other sites, so the screenshot shows every level. */
    private void writeDemoFigures() {
        store.write(occupancy("RZZ01", AT_1400, 93.2, 186, 200));
        store.write(occupancy("RZZ03", AT_1400, 97.1, 123, 126));
        store.write(occupancy("RZZ10", AT_1400, 78.9, 30, 38));
        store.write(
                new MetricsUpdate(
                        MetricsUpdate.ICS,
                        "QZZ",
                        "occupancy",
                        AT_1400,
                        Map.of("occupancyPct", 91.2, "occupiedBeds", 577, "openBeds", 633)));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static MetricsUpdate occupancy(
            String site, long asOf, double pct, int occupied, int open) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "occupancy",
                asOf,
                Map.of("occupancyPct", pct, "occupiedBeds", occupied, "openBeds", open));
    }
}
