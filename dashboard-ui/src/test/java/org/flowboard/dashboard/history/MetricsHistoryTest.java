package org.flowboard.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flowboard.embedded.RedisServer;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The history against a real redis-server: one point per minute, idempotent, bounded. */
class MetricsHistoryTest {

    private static final long AT_1400 = Instant.parse("2026-11-25T14:00:00Z").toEpochMilli();
    private static final long AT_1400_20 = AT_1400 + 20_000;
    private static final long AT_1400_40 = AT_1400 + 40_000;
    private static final long AT_1401 = AT_1400 + 60_000;
    private static final long DAY = 86_400_000L;

    private static RedisServer redis;
    private static MetricsHistory history;

    @BeforeAll
    static void start() {
        redis = RedisServer.start();
        history = new MetricsHistory(redis.url(), Retention.days(35));
    }

    @AfterAll
    static void stop() {
        history.close();
        redis.close();
    }

    private static MetricsUpdate occupancy(String site, long asOf, int occupied) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "occupancy",
                asOf,
                Map.of("occupiedBeds", occupied, "openBeds", 200));
    }

    private List<HistoryPoint> all(String site) {
        return history.range("site", site, "occupancy", 0, Long.MAX_VALUE);
    }

    @Test
    void keepsTheLatestPointOfEachMinute() {
        history.append(occupancy("A1", AT_1400_20, 180));
        history.append(occupancy("A1", AT_1400_40, 181));
        history.append(occupancy("A1", AT_1400, 179));
        history.append(occupancy("A1", AT_1401, 182));

        List<HistoryPoint> points = all("A1");
        assertThat(points).extracting(HistoryPoint::asOf).containsExactly(AT_1400_40, AT_1401);
        assertThat(points.get(0).number("occupiedBeds")).isEqualTo(181.0);
    }

    @Test
    void theSameUpdateFromTwoServersIsStoredOnce() {
        MetricsUpdate update = occupancy("A2", AT_1400_20, 180);
        assertThat(history.append(update)).isTrue();
        assertThat(history.append(update)).isFalse();

        assertThat(all("A2")).hasSize(1);
    }

    @Test
    void pointsOlderThanTheRetentionAreTrimmed() {
        history.append(occupancy("A3", AT_1400 - 40 * DAY, 150));
        history.append(occupancy("A3", AT_1400 - 30 * DAY, 160));
        history.append(occupancy("A3", AT_1400, 170));

        assertThat(all("A3"))
                .extracting(HistoryPoint::asOf)
                .containsExactly(AT_1400 - 30 * DAY, AT_1400);
    }

    @Test
    void rangeReadsBetweenTwoInstants() {
        history.append(occupancy("A4", AT_1400, 170));
        history.append(occupancy("A4", AT_1401, 171));
        history.append(occupancy("A4", AT_1401 + 60_000, 172));

        assertThat(history.range("site", "A4", "occupancy", AT_1401, AT_1401))
                .extracting(p -> p.number("occupiedBeds"))
                .containsExactly(171.0);
    }

    @Test
    void storesNumbersOnlyAndSkipsGroupsThatAreNotCharted() {
        history.append(
                new MetricsUpdate(
                        "site",
                        "A5",
                        "handover",
                        AT_1400,
                        Map.of(
                                "handoversToday",
                                12,
                                "oldestWaitingSince",
                                "2026-11-25T13:10:00Z",
                                "waiting",
                                List.of(Map.of("callSign", "NV21")))));
        boolean feeds =
                history.append(
                        new MetricsUpdate(
                                "site", "A5", "feeds", AT_1400, Map.of("feeds", Map.of())));

        assertThat(history.range("site", "A5", "handover", 0, Long.MAX_VALUE).get(0).fields())
                .containsOnlyKeys("handoversToday");
        assertThat(feeds).isFalse();
    }
}
