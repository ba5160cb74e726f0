package org.flowboard.dashboard.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flowboard.dashboard.live.ui.Chromium;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.embedded.RedisServer;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.LivePipeline;
import org.flowboard.jobs.LiveSettings;
import org.flowboard.kafka.Topics;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load harness, not a test (tag {@code benchmark}, never in {@code mvn verify}): an event entering
 * Kafka to the browser showing it, end to end in one run. A real in-process broker, the live job
 * graph ({@link LivePipeline}) on a Flink MiniCluster, a real redis-server, this dashboard, and N
 * wallboards open in headless Chromium (tabs: each its own Vaadin UI and push connection).
 * Admissions to Northgate's general and acute beds are written to {@code flow.events} at a steady
 * rate; each is timed from just before the producer's send to the moment a MutationObserver in the
 * page sees the occupied-bed count that includes it (same machine clock), in every tab.
 *
 * <p>Admission i is the (i+1)th since the start, so it is shown once the page's count reaches the
 * start count + i + 1. Two admissions processed in the other order (different encounter subtasks)
 * cannot be told apart by the count; the time is then that of the first figure that counts as many.
 *
 * <pre>mvn -B -o -pl dashboard-ui -am test -Dtest=KafkaToBrowserBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=none -Dgroups=benchmark \
 *     -Dbenchmark.screens=8 -Dbenchmark.events=400 -Dbenchmark.rate=3</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KafkaToBrowserBenchmark {

    private static final String SITE = "RZZ01";
    private static final String WARD = "NG-A1";

    private static EmbeddedKafka kafka;
    private static RedisServer redis;
    private static JobClient job;

    @LocalServerPort int port;

    @BeforeAll
    static void startPipeline() throws Exception {
        kafka = EmbeddedKafka.start(Topics.ALL);
        redis = RedisServer.start();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        LivePipeline.define(
                env,
                IcsLoader.demo(),
                new LiveSettings(kafka.bootstrapServers(), redis.url(), "kafka-to-browser"));
        job = env.executeAsync("kafka-to-browser");
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (job != null) {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
        if (redis != null) {
            redis.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flowboard.embedded", () -> "false");
        registry.add("flowboard.demo-users", () -> "true");
        registry.add("flowboard.redis.url", () -> redis.url());
    }

    @Test
    void measure() throws Exception {
        int screens = Integer.getInteger("benchmark.screens", 8);
        int events = Integer.getInteger("benchmark.events", 400);
        double rate = Double.parseDouble(System.getProperty("benchmark.rate", "3"));
        try (KafkaProducer<String, FlowEvent> producer = producer();
                MetricsStore store = new MetricsStore(redis.url());
                Chromium browser = new Chromium("http://localhost:" + port, 1280, 800)) {
            // Warm-up: the job reads the topic and the site's occupancy reaches Redis.
            for (int i = 0; i < 20; i++) {
                send(producer, "warm" + i, Instant.now()).get();
            }
            long start = awaitOccupied(store, 20);
            // Also when Redis publishes each count: splits the time into Kafka -> Redis (the
            // live job) and Redis -> browser (the dashboard) within the same run.
            Map<Long, Double> published = new ConcurrentHashMap<>();
            MetricsStore.Subscription subscription =
                    store.subscribe(
                            update -> {
                                double at = epochMillis(Instant.now());
                                if (isSiteOccupancy(update)
                                        && update.fields().get("occupiedBeds")
                                                instanceof Number n) {
                                    published.putIfAbsent(n.longValue(), at);
                                }
                            });

            browser.logInAs("control");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.open("/wallboard");
            for (int i = 1; i < screens; i++) {
                js.executeScript(
                        "window.open(arguments[0], '_blank');",
                        "http://localhost:" + port + "/wallboard");
            }
            WebDriver driver = browser.driver();
            List<String> tabs = new ArrayList<>(driver.getWindowHandles());
            for (String tab : tabs) {
                driver.switchTo().window(tab);
                browser.waiting()
                        .until(
                                ExpectedConditions.textMatches(
                                        By.id("bed-counts-" + SITE),
                                        Pattern.compile("^" + start + " of ")));
                js.executeScript(OBSERVE, SITE);
            }

            double[] sentAt = new double[events];
            long pauseNanos = (long) (1e9 / rate);
            long next = System.nanoTime();
            Instant eventTime = Instant.now();
            for (int i = 0; i < events; i++) {
                while (System.nanoTime() < next) {
                    Thread.sleep(0, 200_000);
                }
                next += pauseNanos;
                Instant now = Instant.now();
                // Event time from the hospital's clock: now, and always later than the last.
                eventTime = now.isAfter(eventTime) ? now : eventTime.plusMillis(1);
                sentAt[i] = epochMillis(now);
                send(producer, "m" + i, eventTime);
            }
            producer.flush();

            long last = start + events;
            List<Double> latencies = new ArrayList<>();
            int missing = 0;
            for (String tab : tabs) {
                driver.switchTo().window(tab);
                browser.waiting()
                        .until(
                                d ->
                                        ((Number) js.executeScript("return window.__fbMax || 0;"))
                                                        .longValue()
                                                >= last);
                double[] shownAt = shownAt(js, start, events);
                for (int i = 0; i < events; i++) {
                    if (Double.isNaN(shownAt[i])) {
                        missing++;
                    } else {
                        latencies.add(shownAt[i] - sentAt[i]);
                    }
                }
            }
            subscription.close();
            double[] publishedAt = firstAtLeast(published, start, events);
            List<Double> toRedis = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                if (!Double.isNaN(publishedAt[i])) {
                    toRedis.add(publishedAt[i] - sentAt[i]);
                }
            }
            report(screens, events, rate, latencies, missing, toRedis);
        }
    }

    /**
     * Stamps the first time each occupied-bed count appears in the page. Observes the beds section
     * (which stays), reading the count element, which a re-render may replace.
     */
    private static final String OBSERVE =
            """
            const site = arguments[0];
            window.__fbSeen = {};
            window.__fbMax = 0;
            const section = document.getElementById('beds-' + site);
            const stamp = () => {
              const at = performance.timeOrigin + performance.now();
              const el = document.getElementById('bed-counts-' + site);
              const m = el && /^(\\d+) of /.exec(el.textContent);
              if (!m) { return; }
              const n = Number(m[1]);
              if (!(n in window.__fbSeen)) { window.__fbSeen[n] = at; }
              if (n > window.__fbMax) { window.__fbMax = n; }
            };
            new MutationObserver(stamp)
                .observe(section, {subtree: true, childList: true, characterData: true});
            """;

    /** For admission i, when this tab first showed a count that includes it; NaN if never. */
    @SuppressWarnings("unchecked")
    private static double[] shownAt(JavascriptExecutor js, long start, int events) {
        Map<String, Object> seen =
                (Map<String, Object>) js.executeScript("return window.__fbSeen;");
        Map<Long, Double> byCount = new HashMap<>();
        seen.forEach(
                (count, at) -> byCount.put(Long.parseLong(count), ((Number) at).doubleValue()));
        return firstAtLeast(byCount, start, events);
    }

    /** For admission i, the first time a count that includes it was seen; NaN if never. */
    private static double[] firstAtLeast(Map<Long, Double> seen, long start, int events) {
        double[] first = new double[events];
        Arrays.fill(first, Double.NaN);
        for (Map.Entry<Long, Double> e : seen.entrySet()) {
            long count = e.getKey();
            double at = e.getValue();
            // The figure counts admissions 0 .. count - start - 1.
            for (long i = 0; i < Math.min(events, count - start); i++) {
                if (Double.isNaN(first[(int) i]) || at < first[(int) i]) {
                    first[(int) i] = at;
                }
            }
        }
        return first;
    }

    private static void report(
            int screens,
            int events,
            double rate,
            List<Double> latencies,
            int missing,
            List<Double> toRedis)
            throws Exception {
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] redis = toRedis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String line =
                String.format(
                                "Kafka write -> shown in the browser: %d admissions at %.1f/s, %d screens,"
                                        + " %d measurements (%d never seen): p50 %.1f ms, p90 %.1f ms,"
                                        + " p99 %.1f ms, max %.1f ms%n",
                                events,
                                rate,
                                screens,
                                sorted.length,
                                missing,
                                percentile(sorted, 0.50),
                                percentile(sorted, 0.90),
                                percentile(sorted, 0.99),
                                sorted[sorted.length - 1])
                        + String.format(
                                "  of which Kafka write -> published by Redis (%d admissions):"
                                        + " p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                                redis.length,
                                percentile(redis, 0.50),
                                percentile(redis, 0.90),
                                percentile(redis, 0.99),
                                redis[redis.length - 1]);
        System.out.print(line);
        Files.writeString(Path.of("target", "kafka-to-browser.txt"), line);
    }

    private static boolean isSiteOccupancy(MetricsUpdate update) {
        return MetricsUpdate.SITE.equals(update.scope())
                && SITE.equals(update.id())
                && "occupancy".equals(update.group());
    }

    private static double epochMillis(Instant at) {
        return at.getEpochSecond() * 1e3 + at.getNano() / 1e6;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long awaitOccupied(MetricsStore store, long atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (MetricsUpdate update : store.readAll()) {
                if (isSiteOccupancy(update)
                        && update.fields().get("occupiedBeds") instanceof Number n
                        && n.longValue() >= atLeast) {
                    return n.longValue();
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the live job wrote no occupancy for " + SITE);
    }

    private static KafkaProducer<String, FlowEvent> producer() {
        return new KafkaProducer<>(
                Map.of(
                        "bootstrap.servers",
                        kafka.bootstrapServers(),
                        "acks",
                        "all",
                        "linger.ms",
                        0),
                new StringSerializer(),
                Topics.EVENTS.valueSerde().serializer());
    }

    private static java.util.concurrent.Future<?> send(
            KafkaProducer<String, FlowEvent> producer, String id, Instant at) {
        FlowEvent admit = FlowEvent.admit(id, SITE, "enc-" + id, WARD, null, at);
        return producer.send(new ProducerRecord<>(Topics.EVENTS.name(), admit.site(), admit));
    }
}
