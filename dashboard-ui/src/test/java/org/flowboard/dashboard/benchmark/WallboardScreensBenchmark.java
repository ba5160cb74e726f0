package org.flowboard.dashboard.benchmark;

import static org.flowboard.dashboard.live.ui.Figures.occupancy;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.live.ui.Chromium;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load harness for the wallboard, not a test: never part of {@code mvn verify} (tag {@code
 * benchmark}), it measures and prints. Opens N wallboards (tabs of one headless Chromium, each its
 * own Vaadin UI with its own push connection) and reports (1) the server heap per open screen, from
 * the live heap after full GCs before and after, and (2) the time from a figure written to Redis to
 * the browser showing it, read in the page by a MutationObserver on the same machine clock.
 *
 * <pre>mvn -B -o -pl dashboard-ui test -Dtest=WallboardScreensBenchmark -Dbenchmark.screens=40 \
 *     -Dsurefire.excludedGroups= -Dgroups=benchmark</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallboardScreensBenchmark {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired MetricsStore store;

    @Test
    void measure() throws Exception {
        int screens = Integer.getInteger("benchmark.screens", 40);
        int changes = Integer.getInteger("benchmark.changes", 100);
        Instant base = Instant.now().plusSeconds(86_400);
        store.write(occupancy("RZZ01", base, 80.0, 160, 200));
        try (Chromium browser = new Chromium("http://localhost:" + port, 1280, 800)) {
            browser.logInAs("control");
            browser.open("/wallboard");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("occupancy-RZZ01"), "80.0%"));
            long before = liveHeap();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (int i = 1; i < screens; i++) {
                js.executeScript(
                        "window.open(arguments[0], '_blank');",
                        "http://localhost:" + port + "/wallboard");
            }
            List<String> tabs = new ArrayList<>(browser.driver().getWindowHandles());
            for (String tab : tabs) {
                browser.driver().switchTo().window(tab);
                browser.waiting()
                        .until(ExpectedConditions.textToBe(By.id("occupancy-RZZ01"), "80.0%"));
            }
            long after = liveHeap();
            System.out.printf(
                    "wallboard screens: %d open; live heap %.1f MB before, %.1f MB after: %.0f KB per screen%n",
                    tabs.size(),
                    before / 1e6,
                    after / 1e6,
                    (after - before) / 1024.0 / (tabs.size() - 1));

            // Latency, measured in the first tab while all the others stay open and receive pushes.
            browser.driver().switchTo().window(tabs.get(0));
            js.executeScript(
                    "window.__seen = {};"
                            + "const el = document.getElementById('occupancy-RZZ01');"
                            + "new MutationObserver(() => { window.__seen[el.textContent] ="
                            + " performance.timeOrigin + performance.now(); })"
                            + ".observe(el, {subtree: true, childList: true, characterData: true});");
            long[] latencies = new long[changes];
            for (int i = 0; i < changes; i++) {
                double pct = 81.0 + (i % 100) / 10.0 + (i / 100);
                String text = String.format("%.1f%%", pct);
                long written = System.currentTimeMillis();
                store.write(occupancy("RZZ01", base.plusSeconds(i + 1), pct, 160, 200));
                browser.waiting()
                        .until(
                                d ->
                                        js.executeScript(
                                                        "return window.__seen[arguments[0]];", text)
                                                != null);
                double shown =
                        ((Number) js.executeScript("return window.__seen[arguments[0]];", text))
                                .doubleValue();
                latencies[i] = Math.round(shown) - written;
                // At most 4 pushes a second per screen: space the changes so each is its own push.
                Thread.sleep(300);
            }
            Arrays.sort(latencies);
            System.out.printf(
                    "Redis write -> shown in the browser, %d changes with %d screens open: p50 %d ms, p99 %d ms, max %d ms%n",
                    changes,
                    tabs.size(),
                    latencies[changes / 2],
                    latencies[(int) Math.ceil(changes * 0.99) - 1],
                    latencies[changes - 1]);
        }
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
