package org.flowboard.dashboard.wallboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.dashboard.live.ui.Figures.escalation;
import static org.flowboard.dashboard.live.ui.Figures.feeds;
import static org.flowboard.dashboard.live.ui.Figures.flow;
import static org.flowboard.dashboard.live.ui.Figures.handover;
import static org.flowboard.dashboard.live.ui.Figures.icsOccupancy;
import static org.flowboard.dashboard.live.ui.Figures.occupancy;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The wallboard in a real headless Chromium, as the control room and as a paramedic. Figures are
 * written to Redis as the jobs would; times are relative to now because waits and quiet feeds are
 * judged on the server's real clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallboardBrowserTest {

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
    void controlSeesLiveChangesStaleFeedsAndReleaseToRescueWithoutReload() throws IOException {
        // Every write is newer than any other test's, since the store keeps the newest as-of.
        Instant before = Instant.now();
        Instant now = before.plusSeconds(1);
        Instant arrived = before.minus(37, ChronoUnit.MINUTES);
        Instant quietSince = before.minus(25, ChronoUnit.MINUTES);
        store.write(icsOccupancy("QZZ", before, 91.2, 577, 633));
        store.write(occupancy("RZZ01", before, 93.2, 186, 200));
        store.write(occupancy("RZZ02", before, 88.1, 238, 270));
        store.write(occupancy("RZZ03", before, 97.1, 123, 126));
        store.write(occupancy("RZZ10", before, 78.9, 30, 38));
        store.write(handover("RZZ01", before, 38.5, Map.of("NV123", arrived)));
        store.write(handover("RZZ02", before, 24.0, Map.of()));
        store.write(flow("RZZ01", before, 14, 31, 27));
        store.write(escalation("RZZ01", before, 3, 2.67));
        // The PAS feed of RZZ03 usually sends every 30 s and has been quiet for 25 minutes.
        store.write(feeds("RZZ03", before, "adt", quietSince, 30));
        store.write(feeds("RZZ01", before, "adt", before, 30));

        browser = new Chromium("http://localhost:" + port, 1920, 1080);
        browser.logInAs("control");
        browser.open("/wallboard");
        var wait = browser.waiting();
        wait.until(ExpectedConditions.textToBe(By.id("occupancy-RZZ02"), "88.1%"));
        assertThat(browser.script("return !!(window.Vaadin && window.Vaadin.developmentMode);"))
                .as("served in production mode")
                .isEqualTo(false);
        assertThat(browser.textOf(By.cssSelector("#beds-RZZ02 .level"))).isEqualTo("High");

        // A quiet feed is named on the site it belongs to, and only there.
        assertThat(browser.textOf(By.id("stale-RZZ03")))
                .isEqualTo(
                        "⚠ no data from RZZ03 PAS since "
                                + HH_MM.format(quietSince.atZone(LONDON)));
        assertThat(browser.driver().findElements(By.cssSelector("#card-RZZ01 .stale"))).isEmpty();
        // A crew waiting 37 minutes is flagged, with its release time (arrival + 45 minutes).
        assertThat(browser.textOf(By.id("flag-NV123")))
                .isEqualTo(
                        "⚑ NV123 37 min · release "
                                + HH_MM.format(
                                        arrived.plus(45, ChronoUnit.MINUTES).atZone(LONDON)));
        assertThat(browser.textOf(By.id("nctr-RZZ01"))).isEqualTo("No criteria to reside 14");
        assertThat(browser.textOf(By.id("nctr-RZZ02"))).isEqualTo("No criteria to reside —");
        // OPEL as text as well as colour, with what drives it and the table that scored it.
        assertThat(browser.textOf(By.id("opel-RZZ01"))).isEqualTo("OPEL 3");
        assertThat(browser.driver().findElement(By.id("opel-RZZ01")).getAttribute("class"))
                .contains("opel-3");
        assertThat(browser.textOf(By.id("opel-why-RZZ01")))
                .isEqualTo(
                        "driven by Mean ambulance handover (min) 41 (score 3) · G&A bed occupancy"
                                + " (%) 93.2 (score 3) — Demo table (illustrative)");
        assertThat(browser.textOf(By.id("opel-RZZ02"))).isEqualTo("OPEL: no figures yet");
        browser.screenshot("wallboard.png");
        // Marks the page: a reload would lose this property, a push keeps it.
        browser.script("window.flowboardNoReload = true;");

        store.write(occupancy("RZZ02", now, 95.6, 258, 270));
        store.write(handover("RZZ02", now, 24.0, Map.of("NV200", now.minusSeconds(120))));

        wait.until(ExpectedConditions.textToBe(By.id("occupancy-RZZ02"), "95.6%"));
        wait.until(ExpectedConditions.textToBe(By.id("waiting-RZZ02"), "1 ambulance waiting"));
        assertThat(browser.textOf(By.cssSelector("#beds-RZZ02 .level"))).isEqualTo("Critical");
        assertThat(browser.textOf(By.id("beds-RZZ02-changed")))
                .isEqualTo("changed " + HH_MM.format(now.atZone(LONDON)));
        assertThat(browser.driver().findElement(By.id("card-RZZ02")).getText())
                .contains("258 of 270 open beds occupied");
        assertThat(browser.script("return window.flowboardNoReload === true;")).isEqualTo(true);
        browser.screenshot("wallboard-changed.png");

        browser.open("/wallboard?tv");
        wait.until(ExpectedConditions.textToBe(By.id("occupancy-RZZ02"), "95.6%"));
        assertThat(browser.driver().findElement(By.id("fullscreen")).isDisplayed()).isFalse();
        browser.screenshot("wallboard-tv.png");
    }

    @Test
    void aParamedicIsRefusedTheWallboard() throws IOException {
        browser = new Chromium("http://localhost:" + port, 1280, 800);
        browser.logInAs("paramedic");
        browser.open("/wallboard");

        browser.waiting()
                .until(
                        ExpectedConditions.textToBe(
                                By.id("refusal-asked"),
                                "/wallboard is not open to your role and sites."));
        assertThat(browser.driver().findElements(By.id("card-RZZ01"))).isEmpty();
        browser.screenshot("wallboard-refused.png");
    }
}
