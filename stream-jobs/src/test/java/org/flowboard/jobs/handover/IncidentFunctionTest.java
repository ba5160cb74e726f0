package org.flowboard.jobs.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.handover.Ambulances.AT_0800;
import static org.flowboard.jobs.handover.Ambulances.AT_0830;
import static org.flowboard.jobs.handover.Ambulances.arrived;
import static org.flowboard.jobs.handover.Ambulances.clear;
import static org.flowboard.jobs.handover.Ambulances.handedOver;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.events.FlowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentFunctionTest {

    private KeyedOneInputStreamOperatorTestHarness<String, FlowEvent, Incident> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new IncidentFunction()),
                        IncidentFunction::keyOf,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(FlowEvent event) throws Exception {
        harness.processElement(event, event.eventTime());
    }

    @Test
    void anArrivalThenAHandoverEmitsTheIncidentEachTime() throws Exception {
        send(arrived("INC-1", "NV-217", AT_0800));
        send(handedOver("INC-1", "NV-217", AT_0830));

        assertThat(harness.extractOutputValues())
                .extracting(Incident::arrived, Incident::handedOver)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AT_0800.toEpochMilli(), null),
                        org.assertj.core.groups.Tuple.tuple(
                                AT_0800.toEpochMilli(), AT_0830.toEpochMilli()));
    }

    @Test
    void aHandoverArrivingBeforeItsArrivalEndsTheSameAsInOrder() throws Exception {
        send(handedOver("INC-1", "NV-217", AT_0830));
        send(arrived("INC-1", "NV-217", AT_0800));

        Incident last = harness.extractOutputValues().get(harness.extractOutputValues().size() - 1);
        assertThat(last.arrived()).isEqualTo(AT_0800.toEpochMilli());
        assertThat(last.handedOver()).isEqualTo(AT_0830.toEpochMilli());
    }

    @Test
    void aRepeatedEventOrAClearEmitsNothing() throws Exception {
        send(arrived("INC-1", "NV-217", AT_0800));
        send(arrived("INC-1", "NV-217", AT_0800));
        send(clear("INC-1", "NV-217", AT_0830));

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void afterRetentionTheIncidentLeavesNoStateOrTimersAndEmitsNothingMore() throws Exception {
        send(arrived("INC-1", "NV-217", AT_0800));
        send(handedOver("INC-1", "NV-217", AT_0830));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(AT_0830.toEpochMilli() + IncidentFunction.RETENTION);

        assertThat(harness.extractOutputValues()).hasSize(2);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void newsAfterTheFirstEventKeepsTheIncidentUntilItsOwnExpiry() throws Exception {
        send(arrived("INC-1", "NV-217", AT_0800));
        send(handedOver("INC-1", "NV-217", AT_0830));

        // The timer set at the arrival fires first and finds news since.
        harness.processWatermark(AT_0800.toEpochMilli() + IncidentFunction.RETENTION);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(AT_0830.toEpochMilli() + IncidentFunction.RETENTION - 1);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        harness.processWatermark(AT_0830.toEpochMilli() + IncidentFunction.RETENTION);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
