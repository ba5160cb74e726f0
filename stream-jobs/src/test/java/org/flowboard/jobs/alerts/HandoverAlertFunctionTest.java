package org.flowboard.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.IcsLoader;
import org.flowboard.metrics.Alert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandoverAlertFunctionTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AT_0820 = Instant.parse("2026-03-02T08:20:00Z");
    private static final Instant AT_0830 = Instant.parse("2026-03-02T08:30:00Z");
    private static final Instant AT_0845 = Instant.parse("2026-03-02T08:45:00Z");
    private static final Instant AT_0900 = Instant.parse("2026-03-02T09:00:00Z");

    private KeyedOneInputStreamOperatorTestHarness<String, FlowEvent, Alert> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new HandoverAlertFunction(IcsLoader.demo())),
                        HandoverAlertFunction::keyOf,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(EventKind kind, Instant at) throws Exception {
        FlowEvent event =
                FlowEvent.ambulance(kind, "cad-" + kind + at, "RZZ01", "INC-1", "NV-217", at);
        harness.processElement(event, event.eventTime());
    }

    private void watermark(Instant at) throws Exception {
        harness.processWatermark(at.toEpochMilli());
    }

    @Test
    void aCrewStillWaitingAlertsOnceOverThirtyAndOnceOverSixtyMinutes() throws Exception {
        send(EventKind.AMBULANCE_ARRIVED, AT_0800);
        send(EventKind.AMBULANCE_ARRIVED, AT_0800);

        watermark(AT_0830.minusMillis(1));
        assertThat(harness.extractOutputValues()).isEmpty();
        watermark(AT_0830);
        watermark(AT_0900);

        assertThat(harness.extractOutputValues())
                .extracting(Alert::type, Alert::at, Alert::callSign)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Alert.HANDOVER_OVER_30, AT_0830.toEpochMilli(), "NV-217"),
                        org.assertj.core.groups.Tuple.tuple(
                                Alert.HANDOVER_OVER_60, AT_0900.toEpochMilli(), "NV-217"));
        assertThat(harness.extractOutputValues().get(0).message())
                .isEqualTo(
                        "NV-217 has waited over 30 minutes to hand over at Northgate General Hospital (arrived 08:00)");
    }

    @Test
    void aHandoverWithinThirtyMinutesAlertsNothingEvenIfItArrivesLate() throws Exception {
        send(EventKind.AMBULANCE_ARRIVED, AT_0800);
        send(EventKind.AMBULANCE_HANDED_OVER, AT_0820);
        watermark(AT_0900);

        assertThat(harness.extractOutputValues()).isEmpty();
    }

    @Test
    void aHandoverAtThirtyFiveMinutesAlertsOnlyTheThirty() throws Exception {
        send(EventKind.AMBULANCE_ARRIVED, AT_0800);
        send(EventKind.AMBULANCE_HANDED_OVER, AT_0845);
        watermark(AT_0900);

        assertThat(harness.extractOutputValues())
                .extracting(Alert::type)
                .containsExactly(Alert.HANDOVER_OVER_30);
    }

    @Test
    void anIncidentLeavesNoStateOrTimersAfterItsRetention() throws Exception {
        send(EventKind.AMBULANCE_ARRIVED, AT_0800);
        send(EventKind.AMBULANCE_HANDED_OVER, AT_0820);

        watermark(AT_0820.plus(HandoverAlertFunction.RETENTION));

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        assertThat(Duration.between(AT_0800, AT_0820)).isLessThan(HandoverAlertFunction.OVER_30);
    }
}
