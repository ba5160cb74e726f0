package org.flowboard.dashboard.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.dashboard.handover.SiteHandoverTest.AT_1340;
import static org.flowboard.dashboard.handover.SiteHandoverTest.AT_1355;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Likely soonest handover: crews waiting × mean handover today, with its basis in words. */
class HandoverRankingTest {

    private static final Instant AT_1350 = Instant.parse("2026-11-25T13:50:00Z");

    @Test
    void ranksByWaitingTimesMean() {
        HandoverRanking.Ed busyFast =
                ed("RZZ01", SiteHandoverTest.fields(20.0, Map.of("A1", AT_1340, "A2", AT_1355)));
        HandoverRanking.Ed oneSlow =
                ed("RZZ02", SiteHandoverTest.fields(55.0, Map.of("B1", AT_1350)));
        HandoverRanking.Ed empty = ed("RZZ03", SiteHandoverTest.fields(70.0, Map.of()));

        List<HandoverRanking.Estimate> ranked =
                HandoverRanking.rank(List.of(oneSlow, busyFast, empty));

        assertThat(ranked)
                .extracting(HandoverRanking.Estimate::site)
                .containsExactly("RZZ03", "RZZ01", "RZZ02");
        assertThat(ranked.get(0).basis()).isEqualTo("no crews waiting");
        assertThat(ranked.get(1).estimateMinutes()).isEqualTo(40);
        assertThat(ranked.get(1).basis())
                .isEqualTo("2 crews waiting × 20.0 min mean today ≈ 40 min");
        assertThat(ranked.get(2).basis())
                .isEqualTo("1 crew waiting × 55.0 min mean today ≈ 55 min");
    }

    @Test
    void aQueueWithNoHandoverTodayHasNoEstimateAndRanksLast() {
        Map<String, Object> noMean =
                new HashMap<>(SiteHandoverTest.fields(0, Map.of("C1", AT_1350)));
        noMean.put("meanHandoverMinutesToday", null);
        HandoverRanking.Ed unknown = ed("RZZ03", noMean);
        HandoverRanking.Ed slow = ed("RZZ02", SiteHandoverTest.fields(90.0, Map.of("B1", AT_1350)));

        List<HandoverRanking.Estimate> ranked = HandoverRanking.rank(List.of(unknown, slow));

        assertThat(ranked)
                .extracting(HandoverRanking.Estimate::site)
                .containsExactly("RZZ02", "RZZ03");
        assertThat(ranked.get(1).estimateMinutes()).isNull();
        assertThat(ranked.get(1).basis()).isEqualTo("1 crew waiting, no handover yet today");
    }

    @Test
    void tiesGoToTheShorterQueue() {
        HandoverRanking.Ed two =
                ed("RZZ01", SiteHandoverTest.fields(15.0, Map.of("A1", AT_1340, "A2", AT_1355)));
        HandoverRanking.Ed one = ed("RZZ02", SiteHandoverTest.fields(30.0, Map.of("B1", AT_1350)));

        assertThat(HandoverRanking.rank(List.of(two, one)))
                .extracting(HandoverRanking.Estimate::site)
                .containsExactly("RZZ02", "RZZ01");
    }

    private static HandoverRanking.Ed ed(String site, Map<String, Object> fields) {
        return new HandoverRanking.Ed(site, "ED " + site, SiteHandover.from(site, fields));
    }
}
