package org.flowboard.jobs.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.FlinkCluster;
import org.flowboard.jobs.MetricsAtInstant;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The live graph with the demo ICS's table, on a MiniCluster. */
class EscalationJobTest {

    @RegisterExtension static final MiniClusterExtension FLINK = FlinkCluster.extension();

    private static final Ics ICS = IcsLoader.demo();
    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AT_0900 = AT_0800.plus(Duration.ofHours(1));
    private static final Instant AT_1000 = AT_0800.plus(Duration.ofHours(2));

    @Test
    void theGraphScoresEachAcuteSiteAndTheIcsAsTheReplayOutputDoes() throws Exception {
        List<FlowEvent> events = new ArrayList<>();
        // Northgate: two crews handed over after 50 minutes, so its mean handover scores 4
        events.add(FlowEvent.admit("M1", "RZZ01", "E1", "NG-AMU", null, AT_0800));
        // and 6 escalation beds open on A1: 6 of its 206 open general and acute beds
        events.add(FlowEvent.capacity("C1", "RZZ01", "NG-A1", 28, 6, AT_0800));
        events.add(ambulance(EventKind.AMBULANCE_ARRIVED, "RZZ01", "I1", AT_0800));
        events.add(
                ambulance(
                        EventKind.AMBULANCE_HANDED_OVER, "RZZ01", "I1", AT_0800.plusSeconds(3000)));
        events.add(ambulance(EventKind.AMBULANCE_ARRIVED, "RZZ01", "I2", AT_0900));
        events.add(
                ambulance(
                        EventKind.AMBULANCE_HANDED_OVER, "RZZ01", "I2", AT_0900.plusSeconds(3000)));
        // Riverside: one quick handover
        events.add(ambulance(EventKind.AMBULANCE_ARRIVED, "RZZ02", "I3", AT_0900));
        events.add(
                ambulance(
                        EventKind.AMBULANCE_HANDED_OVER, "RZZ02", "I3", AT_0900.plusSeconds(600)));
        long t = AT_1000.toEpochMilli();

        List<MetricsUpdate> out = FlinkCluster.runToInstant(events, ICS, t);
        Map<String, MetricsUpdate> atT = byKey(MetricsAtInstant.latest(out, t));

        Map<String, Object> northgate = opel(atT.get("site|RZZ01|escalation"));
        assertThat(northgate.get("parameters").toString()).contains("value=50.0, score=4");
        assertThat(EscalationScoreTest.parameter(northgate, 2))
                .containsEntry("metric", "escalationBedsPct")
                .containsEntry("value", 2.9)
                .containsEntry("score", 2);
        assertThat(opel(atT.get("site|RZZ02|escalation")).get("level")).isNotNull();
        assertThat(atT).doesNotContainKey("site|RZZ10|escalation");
        assertThat(opel(atT.get("ics|QZZ|escalation")))
                .containsEntry("method", "bed-weighted-mean");

        // the replay's output derives OPEL from the figures at T with the same function
        Map<String, MetricsUpdate> complete = byKey(MetricsAtInstant.complete(ICS, out, t));
        assertThat(opel(complete.get("site|RZZ01|escalation"))).isEqualTo(northgate);
        // Riverside never had an ADT event: live, its occupancy has no figure yet; the replay's
        // output has its quiet figures (no one in its open beds), so it scores occupancy there
        assertThat(
                        EscalationScoreTest.parameter(opel(atT.get("site|RZZ02|escalation")), 1)
                                .get("value"))
                .isNull();
        assertThat(EscalationScoreTest.parameter(opel(complete.get("site|RZZ02|escalation")), 1))
                .containsEntry("value", 0.0)
                .containsEntry("score", 1);
        // the quiet third acute site still has its occupancy scored there
        assertThat(opel(complete.get("site|RZZ03|escalation")).get("score")).isNotNull();
        assertThat(complete).containsKey("ics|QZZ|escalation");
    }

    @Test
    void anIcsFileWithoutATableScoresNothing() {
        Ics plain = new Ics(ICS.code(), ICS.name(), ICS.timezone(), ICS.sites());

        assertThat(EscalationJob.atInstant(plain, Map.of(), 0L)).isEmpty();
    }

    private static Map<String, MetricsUpdate> byKey(List<MetricsUpdate> updates) {
        Map<String, MetricsUpdate> byKey = new LinkedHashMap<>();
        for (MetricsUpdate update : updates) {
            byKey.put(update.scope() + "|" + update.id() + "|" + update.group(), update);
        }
        return byKey;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> opel(MetricsUpdate update) {
        assertThat(update).isNotNull();
        return new HashMap<>((Map<String, Object>) update.fields().get(EscalationScore.FIELD));
    }

    private static FlowEvent ambulance(EventKind kind, String site, String incident, Instant at) {
        return FlowEvent.ambulance(kind, incident + kind, site, incident, "NV-1", at);
    }
}
