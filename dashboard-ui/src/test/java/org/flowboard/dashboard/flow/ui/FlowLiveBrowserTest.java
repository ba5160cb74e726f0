package org.flowboard.dashboard.flow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.dashboard.live.ui.Figures.occupancy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.flow.FlowRange;
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
 * The flow view follows live figures in a real headless Chromium: a figure written to Redis as the
 * jobs write it reaches the open view's table and chart without a reload, and so does the next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlowLiveBrowserTest {

    // RZZ03: no other browser test writes its history, so the figures below are only ours.
    private static final String SITE = "RZZ03";

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
    void newFiguresAppearInTheOpenFlowViewWithoutAReload() throws IOException {
        browser = new Chromium("http://localhost:" + port, 1500, 1800);
        browser.logInAs("manager");
        browser.open("/flow?site=" + SITE);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flow-grid")));
        assertThat(gridText()).doesNotContain("77.7");
        assertThat(browser.textOf(By.id("chart-occupancy"))).contains("No data yet");
        // A reload would lose this mark.
        browser.script("window.fbFlowNoReload = true;");

        // Just before the server's now: the view charts up to its own clock.
        Instant first = Instant.now().minus(Duration.ofMinutes(6));
        store.write(occupancy(SITE, first, 77.7, 199, 256));
        browser.waiting().until(d -> gridText().contains("77.7"));
        // One point is drawn as a dot; the chart was "No data yet" before.
        browser.waiting()
                .until(
                        ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#chart-occupancy svg circle")));

        // Minutes later: a bucket of its own (two minutes in the 12-hour range), a row of its own.
        store.write(occupancy(SITE, first.plus(Duration.ofMinutes(5)), 81.2, 208, 256));
        browser.waiting().until(d -> gridText().contains("81.2"));
        assertThat(gridText()).contains("77.7");
        browser.waiting()
                .until(
                        ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#chart-occupancy svg polyline")));
        assertThat(browser.script("return window.fbFlowNoReload === true;")).isEqualTo(true);
        browser.screenshot("flow-live.png");
    }

    @Test
    void longerRangesAreRedrawnLessOften() {
        assertThat(FlowView.redrawInterval(FlowRange.HOURS_12)).isEqualTo(Duration.ofMillis(250));
        assertThat(FlowView.redrawInterval(FlowRange.DAYS_7))
                .isGreaterThan(FlowView.redrawInterval(FlowRange.HOURS_12));
        assertThat(FlowView.redrawInterval(FlowRange.WEEKS_5))
                .isGreaterThan(FlowView.redrawInterval(FlowRange.DAYS_7));
    }

    /** The text of the grid's rendered cells (rendered in the grid's light DOM). */
    private String gridText() {
        return String.valueOf(
                browser.script(
                        "return [...document.querySelectorAll('#flow-grid"
                                + " vaadin-grid-cell-content')].map(c => c.textContent).join('|');"));
    }
}
