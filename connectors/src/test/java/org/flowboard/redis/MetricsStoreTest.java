package org.flowboard.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.flowboard.embedded.RedisServer;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class MetricsStoreTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AT_0900 = Instant.parse("2026-03-02T09:00:00Z");

    private static RedisServer redis;
    private MetricsStore store;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void emptyStore() {
        try (Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
            jedis.flushAll();
        }
        store = new MetricsStore(redis.url());
    }

    private static MetricsUpdate occupancy(String site, Instant asOf, int occupied) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "occupancy",
                asOf.toEpochMilli(),
                Map.of("occupiedBeds", occupied));
    }

    @Test
    void aNewerUpdateReplacesAnOlderOne() {
        assertThat(store.write(occupancy("RZZ01", AT_0800, 10))).isTrue();
        assertThat(store.write(occupancy("RZZ01", AT_0900, 11))).isTrue();

        assertThat(store.readAll()).singleElement().isEqualTo(occupancy("RZZ01", AT_0900, 11));
    }

    @Test
    void anOlderUpdateNeverOverwritesANewerOne() {
        store.write(occupancy("RZZ01", AT_0900, 11));

        assertThat(store.write(occupancy("RZZ01", AT_0800, 10))).isFalse();
        assertThat(store.readAll()).singleElement().isEqualTo(occupancy("RZZ01", AT_0900, 11));
    }

    @Test
    void groupsAndScopesAreStoredSideBySide() {
        MetricsUpdate handover =
                new MetricsUpdate(
                        MetricsUpdate.SITE,
                        "RZZ01",
                        "handover",
                        AT_0800.toEpochMilli(),
                        Map.of("x", 1));
        MetricsUpdate ics =
                new MetricsUpdate(
                        MetricsUpdate.ICS,
                        "QZZ",
                        "occupancy",
                        AT_0800.toEpochMilli(),
                        Map.of("x", 2));
        store.write(occupancy("RZZ01", AT_0900, 11));
        store.write(handover);
        store.write(ics);

        assertThat(store.readAll())
                .containsExactlyInAnyOrder(occupancy("RZZ01", AT_0900, 11), handover, ics);
    }

    @Test
    void subscribersReceiveEveryWrittenChangeButNotRefusedOnes() throws Exception {
        BlockingQueue<MetricsUpdate> received = new LinkedBlockingQueue<>();
        try (MetricsStore.Subscription ignored = store.subscribe(received::add)) {
            awaitSubscribed(ignored);
            store.write(occupancy("RZZ01", AT_0900, 11));
            store.write(occupancy("RZZ01", AT_0800, 10));
            store.write(occupancy("RZZ02", AT_0800, 5));

            assertThat(received.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(occupancy("RZZ01", AT_0900, 11));
            assertThat(received.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(occupancy("RZZ02", AT_0800, 5));
            assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    private static void awaitSubscribed(MetricsStore.Subscription subscription)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!subscription.isSubscribed() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(subscription.isSubscribed()).as("subscribed within 10 s").isTrue();
    }

    @Test
    void jsonRoundTripKeepsNestedWardFigures() {
        MetricsUpdate update =
                new MetricsUpdate(
                        MetricsUpdate.SITE,
                        "RZZ01",
                        "occupancy",
                        AT_0800.toEpochMilli(),
                        Map.of(
                                "wards",
                                Map.of("NG-A1", Map.of("occupiedBeds", 27)),
                                "occupancyPct",
                                93.1));

        assertThat(MetricsStore.parse(MetricsStore.toJson(update))).isEqualTo(update);
    }
}
