package org.flowboard.dashboard.flow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.history.MetricsHistory;
import org.flowboard.dashboard.live.ui.Chromium;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The flow drill-down in a real headless Chromium: a manager drills ICS → site → ward over history
 * points stored as the recorder stores them, sees charts and downloads the CSV; a paramedic is
 * refused; the admin lists users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlowBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    // The charts show the last hours before the server's clock, so the points are placed from now.
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private static final int HOURS_OF_HISTORY = 11;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired MetricsHistory history;

    private Chromium chromium;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = new Chromium("http://localhost:" + port, 1500, 1800);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aManagerDrillsFromTheIcsToAWardAndDownloadsTheFigures() throws IOException {
        writeHistory();
        logInAs("manager");
        browser.get(url("/flow"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crumb-ics")));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#chart-occupancy svg polyline")));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("drill-RZZ01"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crumb-site")));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#chart-admissions svg rect.bar")));
        assertThat(browser.findElement(By.id("chart-nctr")).getText()).contains("No data yet");
        screenshot("flow.png");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("drill-NG-A1"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crumb-ward")));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#chart-occupancy svg polyline")));
        assertThat(browser.findElement(By.id("crumb-ward")).getText())
                .isEqualTo("Ward A1 Respiratory");

        String href =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("csv-download")))
                        .getDomAttribute("href");
        assertThat(href).isNotBlank();
        Object csv =
                ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "fetch(document.getElementById('csv-download').href)"
                                        + ".then(r => r.text()).then(done, e => done('failed ' + e));");
        assertThat((String) csv)
                .startsWith("asOf,openBeds,occupiedBeds,occupancyPct")
                .contains(",28,24,85.7");
        screenshot("flow-ward.png");
    }

    @Test
    void aParamedicIsRefusedTheFlowView() {
        logInAs("paramedic");
        browser.get(url("/flow"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(
                ExpectedConditions.textToBe(
                        By.id("refusal-asked"), "/flow is not open to your role and sites."));
        assertThat(browser.findElements(By.id("crumb-ics"))).isEmpty();
        assertThat(browser.findElements(By.id("chart-occupancy"))).isEmpty();
    }

    @Test
    void aUserLimitedToOneSiteSeesOnlyThatSite() {
        logInAs("northgate");
        browser.get(url("/flow"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crumb-site")));
        assertThat(browser.findElement(By.id("crumb-site")).getText())
                .isEqualTo("Northgate General Hospital");
        assertThat(browser.findElements(By.id("crumb-ics"))).as("no ICS totals").isEmpty();

        // Asking for another site by URL is refused on the server, not just left out of menus.
        browser.get(url("/flow?site=RZZ02"));
        wait.until(
                ExpectedConditions.textToBe(
                        By.id("refusal-asked"),
                        "/flow?site=RZZ02 is not open to your role and sites."));
        assertThat(browser.findElement(By.id("refusal-who")).getText()).endsWith("sites: RZZ01");
        assertThat(browser.findElements(By.id("crumb-site"))).isEmpty();
    }

    @Test
    void theAdminListsTheUsers() {
        logInAs("admin");
        browser.get(url("/admin/users"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(
                d ->
                        String.valueOf(
                                        ((JavascriptExecutor) d)
                                                .executeScript(
                                                        "const g = document.getElementById('users-grid');"
                                                                + " return g ? g.textContent : '';"))
                                .contains("northgate"));
        String text =
                (String)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return document.getElementById('users-grid').textContent;");
        assertThat(text).contains("paramedic", "PARAMEDIC", "RZZ01", "all sites");
    }

    /** Occupancy for the ICS, RZZ01 and its ward NG-A1 every hour, and two days of flow figures. */
    private void writeHistory() {
        for (int h = HOURS_OF_HISTORY; h >= 0; h--) {
            long at = NOW.minus(Duration.ofHours(h)).toEpochMilli();
            int occupied = 180 + (h % 4) * 3;
            history.append(
                    new MetricsUpdate(
                            "site",
                            "RZZ01",
                            "occupancy",
                            at,
                            Map.of(
                                    "openBeds",
                                    200,
                                    "occupiedBeds",
                                    occupied,
                                    "occupancyPct",
                                    occupied / 2.0,
                                    "wards",
                                    Map.of(
                                            "NG-A1",
                                            Map.of(
                                                    "openBeds",
                                                    28,
                                                    "occupiedBeds",
                                                    24,
                                                    "occupancyPct",
                                                    85.7)))));
            history.append(
                    new MetricsUpdate(
                            "ics",
                            "QZZ",
                            "occupancy",
                            at,
                            Map.of(
                                    "openBeds",
                                    633,
                                    "occupiedBeds",
                                    570 + h,
                                    "occupancyPct",
                                    90.0 + h / 10.0)));
            history.append(
                    new MetricsUpdate(
                            "site",
                            "RZZ01",
                            "flow",
                            at,
                            Map.of(
                                    "admissionsToday", 3 * (HOURS_OF_HISTORY - h),
                                    "dischargesToday", 2 * (HOURS_OF_HISTORY - h),
                                    "los7plus", 40,
                                    "los14plus", 21,
                                    "los21plus", 9)));
        }
    }

    private void logInAs(String user) {
        browser.get(url("/login"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-accounts")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
