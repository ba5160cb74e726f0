package org.flowboard.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

class OccupancyAlertFunctionTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");

    private KeyedOneInputStreamOperatorTestHarness<String, MetricsUpdate, Alert> harness;
    private int minute;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new OccupancyAlertFunction(IcsLoader.demo())),
                        MetricsUpdate::id,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void occupancy(double pct, int occupied, int open) throws Exception {
        long at = AT_0800.plusSeconds(60L * minute++).toEpochMilli();
        harness.processElement(
                new MetricsUpdate(
                        MetricsUpdate.SITE,
                        "RZZ01",
                        "occupancy",
                        at,
                        Map.of("occupancyPct", pct, "occupiedBeds", occupied, "openBeds", open)),
                at);
    }

    @Test
    void passingEachThresholdOnTheWayUpAlertsOnceWithTheFigures() throws Exception {
        occupancy(91.5, 183, 200);
        occupancy(92.5, 185, 200);
        occupancy(93.0, 186, 200);
        occupancy(95.5, 191, 200);

        assertThat(harness.extractOutputValues())
                .extracting(Alert::type, Alert::occupancyPct)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Alert.OCCUPANCY_OVER_92, 92.5),
                        org.assertj.core.groups.Tuple.tuple(Alert.OCCUPANCY_OVER_95, 95.5));
        assertThat(harness.extractOutputValues().get(1).message())
                .isEqualTo(
                        "Northgate General Hospital bed occupancy is 95.5%, over 95% (191 of 200 open general and acute beds)");
    }

    @Test
    void exactlyAtAThresholdIsNotOverIt() throws Exception {
        occupancy(92.0, 184, 200);

        assertThat(harness.extractOutputValues()).isEmpty();
    }

    @Test
    void aJumpOverBothThresholdsAlertsBoth() throws Exception {
        occupancy(90.0, 180, 200);
        occupancy(96.0, 192, 200);

        assertThat(harness.extractOutputValues())
                .extracting(Alert::type)
                .containsExactly(Alert.OCCUPANCY_OVER_92, Alert.OCCUPANCY_OVER_95);
    }

    @Test
    void easingBelowAThresholdReArmsItButHoveringAboveDoesNotRepeat() throws Exception {
        occupancy(95.5, 191, 200);
        occupancy(96.0, 192, 200);
        occupancy(94.0, 188, 200);
        occupancy(95.5, 191, 200);

        assertThat(harness.extractOutputValues())
                .extracting(Alert::type)
                .containsExactly(
                        Alert.OCCUPANCY_OVER_92, Alert.OCCUPANCY_OVER_95, Alert.OCCUPANCY_OVER_95);
    }

    @Test
    void anOlderUpdateOvertakenOnTheWayDoesNotResetTheLevel() throws Exception {
        occupancy(93.0, 186, 200);
        harness.processElement(
                new MetricsUpdate(
                        MetricsUpdate.SITE,
                        "RZZ01",
                        "occupancy",
                        AT_0800.minusSeconds(600).toEpochMilli(),
                        Map.of("occupancyPct", 91.0, "occupiedBeds", 182, "openBeds", 200)),
                AT_0800.toEpochMilli());
        occupancy(93.5, 187, 200);

        assertThat(harness.extractOutputValues())
                .extracting(Alert::type)
                .containsExactly(Alert.OCCUPANCY_OVER_92);
    }

    @Test
    void icsFiguresAndOtherGroupsAreNotSiteOccupancy() {
        assertThat(
                        OccupancyAlertFunction.isSiteOccupancy(
                                new MetricsUpdate(
                                        MetricsUpdate.ICS, "QZZ", "occupancy", 0, Map.of())))
                .isFalse();
        assertThat(
                        OccupancyAlertFunction.isSiteOccupancy(
                                new MetricsUpdate(
                                        MetricsUpdate.SITE, "RZZ01", "handover", 0, Map.of())))
                .isFalse();
    }
}
