package org.flowboard.jobs.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SiteEscalationFunctionTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AT_0900 = AT_0800.plusSeconds(3600);
    private static final Instant AT_1000 = AT_0900.plusSeconds(3600);

    private KeyedOneInputStreamOperatorTestHarness<String, MetricsUpdate, MetricsUpdate> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SiteEscalationFunction(TestTables.table())),
                        MetricsUpdate::id,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void eachGroupsFiguresMoveTheSitesLevel() throws Exception {
        occupancy(AT_0800, 90.0, 180);
        handover(AT_0900, 50.0);

        List<MetricsUpdate> out = harness.extractOutputValues();
        assertThat(out).hasSize(2);
        // occupancy 90% alone scores 2
        assertThat(opel(out.get(0))).containsEntry("level", 2).containsEntry("score", 2.0);
        // then a 50-minute mean handover (4, weight 2): (2 + 8) / 3
        assertThat(opel(out.get(1))).containsEntry("level", 4).containsEntry("score", 3.33);
        assertThat(out.get(1).group()).isEqualTo("escalation");
        assertThat(out.get(1).asOf()).isEqualTo(AT_0900.toEpochMilli());
    }

    @Test
    void theOccupancyGroupsEscalationBedsReachTheEscalationBedsShare() throws Exception {
        Map<String, Object> fields = new HashMap<>();
        fields.put("occupancyPct", 80.0);
        fields.put("occupiedBeds", 160);
        fields.put("openBeds", 200);
        fields.put("escalationBeds", 12);
        send("occupancy", AT_0800, fields);

        // occupancy 80% scores 1, escalation beds 6.0% of the open beds score 3: (1 + 3) / 2
        Map<String, Object> opel = opel(harness.extractOutputValues().get(0));
        assertThat(EscalationScoreTest.parameter(opel, 4)).containsEntry("value", 6.0);
        assertThat(opel).containsEntry("level", 2).containsEntry("score", 2.0);
    }

    @Test
    void anOlderUpdateOfAGroupDoesNotOverwriteANewerOne() throws Exception {
        occupancy(AT_1000, 96.0, 190);
        occupancy(AT_0900, 80.0, 160);

        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(update -> assertThat(opel(update)).containsEntry("level", 4));
    }

    @Test
    void anUnchangedResultIsNotSentAgain() throws Exception {
        occupancy(AT_0800, 90.0, 180);
        occupancy(AT_0900, 90.0, 180);

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void aFigureThatBecomesNullLeavesTheScore() throws Exception {
        handover(AT_0800, 50.0);
        handover(AT_0900, null);

        List<MetricsUpdate> out = harness.extractOutputValues();
        assertThat(opel(out.get(1))).containsEntry("level", null);
    }

    @Test
    void itKeepsOnlyTheFiguresItReads() throws Exception {
        occupancy(AT_0800, 90.0, 180);
        handover(AT_0900, 20.0);

        assertThat(harness.numKeyedStateEntries()).isLessThanOrEqualTo(12);
    }

    private void occupancy(Instant at, double pct, int occupied) throws Exception {
        Map<String, Object> fields = new HashMap<>();
        fields.put("occupancyPct", pct);
        fields.put("occupiedBeds", occupied);
        fields.put("openBeds", 200);
        fields.put("unknownLocation", 3);
        send("occupancy", at, fields);
    }

    private void handover(Instant at, Double mean) throws Exception {
        Map<String, Object> fields = new HashMap<>();
        fields.put("meanHandoverMinutesToday", mean);
        fields.put("ambulancesWaiting", 1);
        send("handover", at, fields);
    }

    private void send(String group, Instant at, Map<String, Object> fields) throws Exception {
        harness.processElement(
                new MetricsUpdate(MetricsUpdate.SITE, "RZZ01", group, at.toEpochMilli(), fields),
                at.toEpochMilli());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> opel(MetricsUpdate update) {
        return (Map<String, Object>) update.fields().get(EscalationScore.FIELD);
    }
}
