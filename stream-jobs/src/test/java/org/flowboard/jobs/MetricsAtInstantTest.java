package org.flowboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.SiteKind;
import org.flowboard.ics.Ward;
import org.flowboard.ics.WardCategory;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MetricsAtInstantTest {

    @RegisterExtension static final MiniClusterExtension FLINK = FlinkCluster.extension();

    private static final int SITES = 12;

    /** 22:00 GMT on Sunday 25 October 2026, the 25-hour day. */
    private static final Instant AT_2200 = Instant.parse("2026-10-25T22:00:00Z");

    private static final Instant LAST_SECOND_OF_DAY = Instant.parse("2026-10-25T23:59:59Z");
    private static final Instant NEXT_MIDNIGHT = Instant.parse("2026-10-26T00:00:00Z");

    private static final Ics ICS = ics();

    @Test
    void picksTheLastUpdateAtTheInstantOfEachScope() {
        MetricsUpdate before = update("RZZ01", "flow", 1, 5);
        MetricsUpdate partial = update("RZZ01", "flow", 2, 6);
        MetricsUpdate complete = update("RZZ01", "flow", 2, 7);
        MetricsUpdate other = update("RZZ02", "flow", 2, 8);

        assertThat(MetricsAtInstant.latest(List.of(before, partial, complete, other), 2))
                .containsExactly(complete, other);
    }

    @Test
    void refusesUpdatesAfterTheInstant() {
        assertThatThrownBy(() -> MetricsAtInstant.latest(List.of(update("RZZ01", "flow", 3, 1)), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RZZ01");
    }

    @Test
    void theIcsFiguresAtTheInstantIncludeEverySitesFiguresAtIt() throws Exception {
        Map<String, MetricsUpdate> atT = runTo(LAST_SECOND_OF_DAY);

        for (Site site : ICS.sites()) {
            assertThat(atT.get("site|" + site.code() + "|flow").fields())
                    .containsEntry("admissionsToday", 1);
            assertThat(atT.get("site|" + site.code() + "|handover").fields())
                    .containsEntry("handoversToday", 1);
            assertThat(atT.get("site|" + site.code() + "|occupancy").fields())
                    .containsEntry("occupiedBeds", 1);
        }
        assertThat(atT.get("ics|QZZ|flow").fields()).containsEntry("admissionsToday", SITES);
        assertThat(atT.get("ics|QZZ|handover").fields()).containsEntry("handoversToday", SITES);
        assertThat(atT.get("ics|QZZ|occupancy").fields()).containsEntry("occupiedBeds", SITES);
    }

    @Test
    void atMidnightTodayHasJustBegunEverywhere() throws Exception {
        Map<String, MetricsUpdate> atT = runTo(NEXT_MIDNIGHT);

        assertThat(atT.get("ics|QZZ|flow").fields()).containsEntry("admissionsToday", 0);
        assertThat(atT.get("ics|QZZ|handover").fields()).containsEntry("handoversToday", 0);
        assertThat(atT.get("ics|QZZ|occupancy").fields()).containsEntry("occupiedBeds", SITES);
        assertThat(atT.get("site|S00|flow").fields()).containsEntry("admissionsToday", 0);
    }

    /** Every site admits a patient and hands over a crew in the evening; the run stops at T. */
    private static Map<String, MetricsUpdate> runTo(Instant t) throws Exception {
        List<FlowEvent> events = new ArrayList<>();
        for (Site site : ICS.sites()) {
            String code = site.code();
            events.add(FlowEvent.admit(code + "-A", code, "E1", code + "-W", null, AT_2200));
            events.add(ambulance(EventKind.AMBULANCE_ARRIVED, code, AT_2200.plusSeconds(600)));
            events.add(ambulance(EventKind.AMBULANCE_HANDED_OVER, code, AT_2200.plusSeconds(1800)));
        }
        List<MetricsUpdate> out = FlinkCluster.runToInstant(events, ICS, t.toEpochMilli());
        Map<String, MetricsUpdate> atT = new HashMap<>();
        for (MetricsUpdate update : MetricsAtInstant.latest(out, t.toEpochMilli())) {
            atT.put(update.scope() + "|" + update.id() + "|" + update.group(), update);
        }
        return atT;
    }

    private static FlowEvent ambulance(EventKind kind, String site, Instant at) {
        return FlowEvent.ambulance(kind, site + "-" + kind, site, site + "-INC", "NV-1", at);
    }

    private static MetricsUpdate update(String site, String group, long asOf, int value) {
        return new MetricsUpdate(MetricsUpdate.SITE, site, group, asOf, Map.of("n", value));
    }

    private static Ics ics() {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < SITES; i++) {
            String code = String.format("S%02d", i);
            sites.add(
                    new Site(
                            code,
                            code,
                            SiteKind.ACUTE,
                            true,
                            List.of(new Ward(code + "-W", "W", WardCategory.GENERAL_ACUTE, 10))));
        }
        return new Ics("QZZ", "Test ICS", ZoneId.of("Europe/London"), sites);
    }
}
