package org.flowboard.dashboard.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the handover group and ticking its waits on with the clock. */
class SiteHandoverTest {

    static final Instant AT_1340 = Instant.parse("2026-11-25T13:40:00Z");
    static final Instant AT_1355 = Instant.parse("2026-11-25T13:55:00Z");
    static final Instant AT_1402 = Instant.parse("2026-11-25T14:02:00Z");
    static final Instant AT_1417 = Instant.parse("2026-11-25T14:17:00Z");

    /** The fields the handover job writes for a site, as in DESIGN.md section 6. */
    static Map<String, Object> fields(double mean, Map<String, Instant> crews) {
        Map<String, Object> f = new HashMap<>();
        f.put("ambulancesWaiting", crews.size());
        Instant oldest = crews.values().stream().min(Instant::compareTo).orElse(null);
        f.put("oldestWaitingSince", oldest == null ? null : oldest.toString());
        f.put("longestWaitMinutes", 0);
        f.put("handoversToday", 12);
        f.put("meanHandoverMinutesToday", mean);
        f.put("hoursLostToday", 2.5);
        if (!crews.isEmpty()) {
            f.put(
                    "waiting",
                    crews.entrySet().stream()
                            .map(
                                    e ->
                                            Map.<String, Object>of(
                                                    "callSign",
                                                    e.getKey(),
                                                    "arrived",
                                                    e.getValue().toString()))
                            .toList());
        }
        return f;
    }

    @Test
    void readsFiguresAndCrewsOldestFirst() {
        SiteHandover h =
                SiteHandover.from(
                        "RZZ01", fields(42.5, Map.of("NV200", AT_1355, "NV123", AT_1340)));

        assertThat(h.ambulancesWaiting()).isEqualTo(2);
        assertThat(h.meanHandoverMinutesToday()).isEqualTo(42.5);
        assertThat(h.hoursLostToday()).isEqualTo(2.5);
        assertThat(h.waiting())
                .extracting(SiteHandover.Arrival::callSign)
                .containsExactly("NV123", "NV200");
    }

    @Test
    void longestWaitTicksOnFromTheOldestArrival() {
        SiteHandover h = SiteHandover.from("RZZ01", fields(42.5, Map.of("NV123", AT_1340)));

        assertThat(h.longestWaitMinutesAt(AT_1402)).isEqualTo(22);
        assertThat(h.longestWaitMinutesAt(AT_1417)).isEqualTo(37);
        assertThat(h.crewsAt(AT_1417))
                .singleElement()
                .satisfies(c -> assertThat(c.flagged()).isTrue());
    }

    @Test
    void noCrewsMeansNoWaitAndAbsentFiguresAreNotInvented() {
        Map<String, Object> f = new HashMap<>();
        f.put("ambulancesWaiting", 0);
        f.put("meanHandoverMinutesToday", null);
        SiteHandover h = SiteHandover.from("RZZ01", f);

        assertThat(h.longestWaitMinutesAt(AT_1417)).isZero();
        assertThat(h.meanHandoverMinutesToday()).isNull();
        assertThat(h.hoursLostToday()).isNull();
        assertThat(h.crewsAt(AT_1417)).isEmpty();
    }

    @Test
    void malformedCrewEntriesAreSkipped() {
        Map<String, Object> f = fields(30.0, Map.of("NV123", AT_1340));
        f.put(
                "waiting",
                List.of(
                        Map.of("callSign", "NV123", "arrived", AT_1340.toString()),
                        Map.of("callSign", "NV999", "arrived", "yesterday"),
                        Map.of("arrived", AT_1355.toString())));

        assertThat(SiteHandover.from("RZZ01", f).waiting()).hasSize(1);
    }
}
