package org.flowboard.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.ics.IcsLoader;
import org.flowboard.metrics.Alert;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationAlertFunctionTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");

    private KeyedOneInputStreamOperatorTestHarness<String, MetricsUpdate, Alert> harness;
    private int minute;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new EscalationAlertFunction(IcsLoader.demo())),
                        EscalationAlertFunction::keyOf,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void eachChangeOfLevelAlertsOnceWithWhatDrivesIt() throws Exception {
        level(MetricsUpdate.SITE, "RZZ01", 1, 1.5);
        level(MetricsUpdate.SITE, "RZZ01", 3, 2.67);
        level(MetricsUpdate.SITE, "RZZ01", 3, 2.9);
        level(MetricsUpdate.SITE, "RZZ01", 2, 2.1);

        List<Alert> alerts = harness.extractOutputValues();
        assertThat(alerts)
                .extracting(Alert::type, Alert::opelLevel, Alert::previousOpelLevel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Alert.ESCALATION_CHANGED, 3, 1),
                        org.assertj.core.groups.Tuple.tuple(Alert.ESCALATION_CHANGED, 2, 3));
        assertThat(alerts.get(0).message())
                .isEqualTo(
                        "Northgate General Hospital is now OPEL 3 (was OPEL 1), score 2.67:"
                                + " Mean handover 50.0 (score 4) [Test table]");
    }

    @Test
    void aFirstLevelAboveOneIsAlertedButAFirstOpelOneIsNot() throws Exception {
        level(MetricsUpdate.SITE, "RZZ01", 1, 1.0);
        level(MetricsUpdate.ICS, "QZZ", 4, 3.5);

        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(
                        alert -> {
                            assertThat(alert.site()).isEqualTo("QZZ");
                            assertThat(alert.previousOpelLevel()).isNull();
                            assertThat(alert.message())
                                    .startsWith("Northvale and Riverside ICS is now OPEL 4, score");
                        });
    }

    @Test
    void anOlderResultDoesNotResetTheLevel() throws Exception {
        level(MetricsUpdate.SITE, "RZZ01", 3, 2.7);
        minute -= 2;
        level(MetricsUpdate.SITE, "RZZ01", 1, 1.0);
        minute += 2;
        level(MetricsUpdate.SITE, "RZZ01", 3, 2.7);

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    private void level(String scope, String id, int level, double score) throws Exception {
        long at = AT_0800.plusSeconds(60L * minute++).toEpochMilli();
        Map<String, Object> handover = new HashMap<>();
        handover.put("label", "Mean handover");
        handover.put("value", 50.0);
        handover.put("score", level >= 3 ? 4 : 1);
        Map<String, Object> opel = new HashMap<>();
        opel.put("level", level);
        opel.put("score", score);
        opel.put("table", "Test table");
        opel.put("parameters", List.of(handover));
        harness.processElement(
                new MetricsUpdate(scope, id, "escalation", at, Map.of("opel", opel)), at);
    }
}
