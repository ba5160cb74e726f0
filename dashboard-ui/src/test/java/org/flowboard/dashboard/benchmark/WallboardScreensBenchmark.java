package org.flowboard.dashboard.benchmark;

import static org.flowboard.dashboard.live.ui.Figures.occupancy;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.management.ObjectName;
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
        Instant base = laterThanAnyWrittenBefore();
        store.write(occupancy("RZZ01", base, 80.0, 160, 200));
        try (Chromium browser = new Chromium("http://localhost:" + port, 1280, 800)) {
            browser.logInAs("control");
            browser.open("/wallboard");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("occupancy-RZZ01"), "80.0%"));
            long before = liveHeap();
            histogram("before");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // Two steps (1 to half, half to all), so the growth per screen shows whether it is
            // linear and what one more screen costs once many are open.
            int half = Math.max(2, screens / 2);
            List<String> tabs = openUpTo(browser, js, half);
            long middle = liveHeap();
            histogram("half");
            tabs = openUpTo(browser, js, screens);
            long after = liveHeap();
            histogram("after");
            System.out.printf(
                    "wallboard screens: live heap %.1f MB with 1 open, %.1f MB with %d, %.1f MB"
                            + " with %d: %.0f KB per screen from 1 to %d, %.0f KB per screen from"
                            + " %d to %d, %.0f KB per screen from 1 to %d%n",
                    before / 1e6,
                    middle / 1e6,
                    half,
                    after / 1e6,
                    tabs.size(),
                    (middle - before) / 1024.0 / (half - 1),
                    half,
                    (after - middle) / 1024.0 / (tabs.size() - half),
                    half,
                    tabs.size(),
                    (after - before) / 1024.0 / (tabs.size() - 1),
                    tabs.size());
            if (Boolean.getBoolean("benchmark.heapdump")) {
                Path dump = Path.of("target", "wallboards.hprof").toAbsolutePath();
                Files.deleteIfExists(dump);
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpHeap(dump.toString(), true);
            }
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

    /**
     * As a control room would have it: every screen its own browser and login, so its own HTTP and
     * Vaadin session. {@code -Dbenchmark.browsers=N} Chromium instances with one wallboard each.
     */
    @Test
    void measureWithALoginPerScreen() throws Exception {
        int browsers = Integer.getInteger("benchmark.browsers", 10);
        Instant base = laterThanAnyWrittenBefore();
        store.write(occupancy("RZZ01", base, 80.0, 160, 200));
        List<Chromium> open = new ArrayList<>();
        try {
            open.add(wallboardInItsOwnBrowser());
            long before = liveHeap();
            histogram("logins-before");
            heapDump("wallboards-logins-before.hprof");
            while (open.size() < browsers) {
                open.add(wallboardInItsOwnBrowser());
            }
            // A browser keeps idle keep-alive connections open for a while after the page has
            // loaded; -Dbenchmark.settle-seconds waits for the server to close them.
            Thread.sleep(1000L * Integer.getInteger("benchmark.settle-seconds", 0));
            long after = liveHeap();
            histogram("logins-after");
            heapDump("wallboards-logins-after.hprof");
            System.out.printf(
                    "wallboards with a login each: live heap %.1f MB with 1, %.1f MB with %d:"
                            + " %.0f KB per screen%n",
                    before / 1e6,
                    after / 1e6,
                    open.size(),
                    (after - before) / 1024.0 / (open.size() - 1));
        } finally {
            for (Chromium browser : open) {
                browser.close();
            }
        }
    }

    /** With -Dbenchmark.heapdump=true: the live heap in target/, to tell server from client. */
    private static void heapDump(String name) throws Exception {
        if (Boolean.getBoolean("benchmark.heapdump")) {
            Path dump = Path.of("target", name).toAbsolutePath();
            Files.deleteIfExists(dump);
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpHeap(dump.toString(), true);
        }
    }

    private Chromium wallboardInItsOwnBrowser() throws Exception {
        Chromium browser = new Chromium("http://localhost:" + port, 1280, 800);
        browser.logInAs("control");
        browser.open("/wallboard");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("occupancy-RZZ01"), "80.0%"));
        return browser;
    }

    /** Opens wallboards in new tabs until {@code count} are open; waits until each shows. */
    private List<String> openUpTo(Chromium browser, JavascriptExecutor js, int count) {
        int open = browser.driver().getWindowHandles().size();
        for (int i = open; i < count; i++) {
            js.executeScript(
                    "window.open(arguments[0], '_blank');",
                    "http://localhost:" + port + "/wallboard");
        }
        List<String> tabs = new ArrayList<>(browser.driver().getWindowHandles());
        for (String tab : tabs) {
            browser.driver().switchTo().window(tab);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("occupancy-RZZ01"), "80.0%"));
        }
        browser.driver().switchTo().window(tabs.get(0));
        return tabs;
    }

    /** A class histogram of the live heap in target/, to diff before against after. */
    private static void histogram(String name) throws Exception {
        String text =
                (String)
                        ManagementFactory.getPlatformMBeanServer()
                                .invoke(
                                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                                        "gcClassHistogram",
                                        new Object[] {new String[0]},
                                        new String[] {String[].class.getName()});
        Files.writeString(Path.of("target", "heap-histogram-" + name + ".txt"), text);
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int measurements;

    /**
     * Redis keeps the newest figures, and both measurements run in one JVM against one Redis: each
     * writes from a day after anything the one before it wrote, whichever runs first.
     */
    private static synchronized Instant laterThanAnyWrittenBefore() {
        return Instant.now().plus(java.time.Duration.ofDays(++measurements));
    }
}
