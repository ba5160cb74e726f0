package org.flowboard.dashboard.wallboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.dashboard.live.ui.Figures.occupancy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flowboard.dashboard.FlowboardApplication;
import org.flowboard.dashboard.TestRedis;
import org.flowboard.dashboard.live.ui.Chromium;
import org.flowboard.embedded.FreePorts;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A wallboard left open while the server restarts on the same port: the page finds its way back on
 * its own, still logged in, and pushed changes arrive again, with no reload by the test.
 */
class WallboardRestartTest {

    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private final int port = FreePorts.next();
    private final MetricsStore store = new MetricsStore(TestRedis.url());
    private Path sessions;
    private ConfigurableApplicationContext app;
    private Chromium browser;

    @AfterEach
    void stopEverything() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        store.close();
    }

    @Test
    void aWallboardLeftOpenRecoversFromARestart() throws IOException {
        sessions = Files.createTempDirectory("flowboard-sessions-");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        store.write(occupancy("RZZ01", start, 90.5, 181, 200));
        app = startServer();
        browser = new Chromium("http://localhost:" + port, 1600, 1000);
        browser.logInAs("control");
        browser.open("/wallboard");
        WebDriverWait wait = new WebDriverWait(browser.driver(), RECOVERY);
        wait.until(ExpectedConditions.textToBe(By.id("occupancy-RZZ01"), "90.5%"));

        // Gone after the page has reloaded itself.
        browser.script("window.flowboardBeforeRestart = true;");

        app.close();
        app = startServer();
        try {
            // The page notices on its own, and once back follows changes again.
            wait.until(
                    d ->
                            Boolean.TRUE.equals(
                                    browser.script(
                                            "return !window.flowboardBeforeRestart"
                                                    + " && window.Vaadin.connectionState.state"
                                                    + " === 'connected'"
                                                    + " && !!document.getElementById("
                                                    + "'occupancy-RZZ01');")));
            store.write(occupancy("RZZ01", start.plusSeconds(1), 96.3, 193, 200));

            wait.until(ExpectedConditions.textToBe(By.id("occupancy-RZZ01"), "96.3%"));
        } finally {
            browser.screenshot("wallboard-after-restart.png");
        }
        assertThat(browser.driver().getCurrentUrl()).endsWith("/wallboard");
    }

    private ConfigurableApplicationContext startServer() {
        // As command-line arguments: builder properties would lose to application.properties.
        return new SpringApplicationBuilder(FlowboardApplication.class)
                .run(
                        "--server.port=" + port,
                        "--server.servlet.session.store-dir=" + sessions,
                        "--flowboard.embedded=false",
                        "--flowboard.demo-users=true",
                        "--flowboard.redis.url=" + TestRedis.url(),
                        // Short ticks so that a silent page suspects its connection within seconds.
                        "--flowboard.ui.tick-seconds=2");
    }
}
