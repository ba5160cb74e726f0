package org.flowboard.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flowboard.embedded.RedisServer;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's fan-out against a real redis-server, without Spring. */
class LiveMetricsTest {

    private static final long AT_0800 = Instant.parse("2026-11-25T08:00:00Z").toEpochMilli();
    private static final long AT_0900 = Instant.parse("2026-11-25T09:00:00Z").toEpochMilli();
    private static final long AT_1000 = Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private static RedisServer redis;
    private MetricsStore store;
    private LiveMetrics live;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void start() {
        store = new MetricsStore(redis.url());
        store.write(occupancy("RZZ01", AT_0900, 91.0));
        live = new LiveMetrics(store);
        live.start();
    }

    @AfterEach
    void stop() {
        live.stop();
        store.close();
    }

    @Test
    void seedsFromRedisAtStart() {
        assertThat(live.latest()).contains(occupancy("RZZ01", AT_0900, 91.0));
    }

    @Test
    void listenersGetNewerChangesButNotOlderOnes() throws InterruptedException {
        List<MetricsUpdate> heard = new CopyOnWriteArrayList<>();
        LiveMetrics.Listening listening = live.listen(heard::add);

        // Published directly, as another writer racing the store might: older than what we hold.
        live.accept(occupancy("RZZ01", AT_0800, 80.0));
        store.write(occupancy("RZZ01", AT_1000, 96.2));
        awaitUntil(() -> heard.size() == 1);

        assertThat(heard).containsExactly(occupancy("RZZ01", AT_1000, 96.2));
        assertThat(live.latest()).containsExactly(occupancy("RZZ01", AT_1000, 96.2));

        listening.close();
        store.write(occupancy("RZZ02", AT_1000, 70.0));
        awaitUntil(() -> live.latest().size() == 2);
        assertThat(heard).hasSize(1);
    }

    private static MetricsUpdate occupancy(String site, long asOf, double pct) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "occupancy",
                asOf,
                Map.of("occupancyPct", pct, "occupiedBeds", 100, "openBeds", 110));
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", DEADLINE).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
