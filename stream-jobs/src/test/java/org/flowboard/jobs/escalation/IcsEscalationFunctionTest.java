package org.flowboard.jobs.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.escalation.SiteEscalationFunctionTest.opel;

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

class IcsEscalationFunctionTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AT_0900 = AT_0800.plusSeconds(3600);

    private KeyedOneInputStreamOperatorTestHarness<String, MetricsUpdate, MetricsUpdate> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(
                                new IcsEscalationFunction(
                                        TestTables.table(), List.of("RZZ01", "RZZ02", "RZZ03"))),
                        update -> "QZZ",
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void theIcsScoreFollowsEachSiteChangeWeightedByBeds() throws Exception {
        site("RZZ01", AT_0800, 4.0, 100);
        site("RZZ02", AT_0900, 1.0, 300);

        List<MetricsUpdate> out = harness.extractOutputValues();
        assertThat(out).hasSize(2);
        assertThat(opel(out.get(0))).containsEntry("score", 4.0).containsEntry("level", 4);
        assertThat(opel(out.get(1))).containsEntry("score", 1.75).containsEntry("level", 2);
        assertThat(out.get(1).scope()).isEqualTo(MetricsUpdate.ICS);
        assertThat(out.get(1).id()).isEqualTo("QZZ");
        assertThat(out.get(1).asOf()).isEqualTo(AT_0900.toEpochMilli());
        assertThat(EscalationScoreTest.site(opel(out.get(1)), "RZZ01")).isNotNull();
        assertThat(
                        ((Map<?, ?>) opel(out.get(1)).get("sites"))
                                .keySet().stream().map(String::valueOf))
                .containsExactly("RZZ01", "RZZ02", "RZZ03");
    }

    @Test
    void aSiteThatLosesItsScoreNoLongerCounts() throws Exception {
        site("RZZ01", AT_0800, 4.0, 100);
        site("RZZ02", AT_0800, 1.0, 100);
        site("RZZ01", AT_0900, null, 100);

        assertThat(opel(harness.extractOutputValues().get(2))).containsEntry("score", 1.0);
    }

    @Test
    void anOlderSiteResultIsIgnored() throws Exception {
        site("RZZ01", AT_0900, 4.0, 100);
        site("RZZ01", AT_0800, 1.0, 100);

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    private void site(String code, Instant at, Double score, int beds) throws Exception {
        Map<String, Object> opel = new HashMap<>();
        opel.put("score", score);
        opel.put("openBeds", beds);
        harness.processElement(
                new MetricsUpdate(
                        MetricsUpdate.SITE,
                        code,
                        "escalation",
                        at.toEpochMilli(),
                        Map.of(EscalationScore.FIELD, opel)),
                at.toEpochMilli());
    }
}
