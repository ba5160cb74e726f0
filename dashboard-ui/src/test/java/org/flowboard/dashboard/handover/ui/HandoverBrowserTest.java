package org.flowboard.dashboard.handover.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.dashboard.live.ui.Figures.handover;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.live.ui.Chromium;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The handover board on a portrait tablet in a real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandoverBrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired MetricsStore store;

    private Chromium browser;

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParamedicSeesTheQueuesAndFindsTheirOwnWaitByCallSign() throws IOException {
        // Newer than any other test's figures, since the store keeps the newest as-of.
        Instant now = Instant.now();
        Instant asOf = now;
        Instant arrived = now.minus(33, ChronoUnit.MINUTES);
        store.write(
                handover(
                        "RZZ01",
                        asOf,
                        41.5,
                        Map.of("NV123", arrived, "NV431", now.minus(12, ChronoUnit.MINUTES))));
        store.write(
                handover("RZZ02", asOf, 26.0, Map.of("NW210", now.minus(8, ChronoUnit.MINUTES))));
        store.write(handover("RZZ03", asOf, 55.0, Map.of()));
        String release = HH_MM.format(arrived.plus(45, ChronoUnit.MINUTES).atZone(LONDON));

        browser = new Chromium("http://localhost:" + port, 820, 1180);
        browser.logInAs("paramedic");
        browser.open("/handover");
        var wait = browser.waiting();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crew-NV123")));

        assertThat(browser.textOf(By.cssSelector("#crew-NV123 .crew-wait"))).isEqualTo("33 min");
        assertThat(browser.textOf(By.cssSelector("#crew-NV123 .crew-release")))
                .isEqualTo("Release to Rescue " + release + " — FLAGGED (30 min+)");
        // Likely soonest: no queue first, then 1 × 26.0 = 26 before 2 × 41.5 = 83.
        assertThat(browser.idsOf("#ranking .rank-row"))
                .containsExactly("rank-RZZ03", "rank-RZZ02", "rank-RZZ01");
        assertThat(browser.textOf(By.cssSelector("#rank-RZZ01 .rank-basis")))
                .isEqualTo("2 crews waiting × 41.5 min mean today ≈ 83 min");
        assertThat(browser.textOf(By.id("queue-RZZ01")))
                .contains("mean handover today (9 handed over)")
                .doesNotContainIgnoringCase("patient");
        browser.screenshot("handover.png");

        WebElement field = browser.driver().findElement(By.cssSelector("#callsign input"));
        field.sendKeys("nv123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("found-NV123")));
        assertThat(browser.textOf(By.cssSelector("#found-NV123 .found-wait")))
                .isEqualTo("waiting 33 min since " + HH_MM.format(arrived.atZone(LONDON)));
        assertThat(browser.textOf(By.cssSelector("#found-NV123 .found-release")))
                .isEqualTo("Release to Rescue " + release + " — FLAGGED (30 min+)");
        assertThat(browser.idsOf("#found .found-crew")).containsExactly("found-NV123");
        // Touch targets: the search field and theme button are at least 48 px high.
        assertThat(field.getRect().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(browser.driver().findElement(By.id("theme")).getRect().getHeight())
                .isGreaterThanOrEqualTo(48);

        browser.driver().findElement(By.id("theme")).click();
        wait.until(
                ExpectedConditions.attributeContains(
                        By.cssSelector("div.handover"), "class", "sunlight"));
        browser.screenshot("handover-sunlight.png");
    }

    @Test
    void theControlRoomMayOpenTheHandoverBoard() throws IOException {
        browser = new Chromium("http://localhost:" + port, 820, 1180);
        browser.logInAs("control");
        browser.open("/handover");

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("queue-RZZ01")));
        assertThat(browser.driver().findElements(By.id("callsign"))).hasSize(1);
    }
}
