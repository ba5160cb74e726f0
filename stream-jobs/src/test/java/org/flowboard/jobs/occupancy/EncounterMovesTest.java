package org.flowboard.jobs.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0800;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0900;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1000;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1100;
import static org.flowboard.jobs.occupancy.TestIcs.A1;
import static org.flowboard.jobs.occupancy.TestIcs.A2;
import static org.flowboard.jobs.occupancy.TestIcs.ICU;
import static org.flowboard.jobs.occupancy.TestIcs.NORTH;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.flowboard.events.FlowEvent;
import org.flowboard.jobs.encounter.EncounterChange;
import org.flowboard.jobs.encounter.EncounterFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The encounters function as occupancy sees it: its changes as moves between wards. */
class EncounterMovesTest {

    private static final String ENC = "enc-1";
    private final TestEvents north = TestEvents.at(NORTH);
    private KeyedOneInputStreamOperatorTestHarness<String, FlowEvent, EncounterChange> harness;

    @BeforeEach
    void start() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new EncounterFunction()),
                        EncounterFunction::keyOf,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private void send(FlowEvent event) throws Exception {
        harness.processElement(new StreamRecord<>(event, event.eventTime()));
    }

    private List<OccupancyDelta> deltas() {
        List<OccupancyDelta> deltas = new ArrayList<>();
        Collector<OccupancyDelta> out = new ListCollector<>(deltas);
        for (EncounterChange change : harness.extractOutputValues()) {
            new ToOccupancyDelta().flatMap(change, out);
        }
        return deltas;
    }

    private List<OccupancyDelta> moves() {
        return deltas().stream().filter(OccupancyDelta::moves).toList();
    }

    private static OccupancyDelta delta(String from, String to, Instant at) {
        return new OccupancyDelta(NORTH, from, to, at.toEpochMilli());
    }

    @Test
    void emitsADeltaForEachMove() throws Exception {
        send(north.admit(ENC, A1, AT_0800));
        send(north.transfer(ENC, A2, AT_0900));
        send(north.discharge(ENC, AT_1000));

        assertThat(moves())
                .containsExactly(
                        delta(null, A1, AT_0800), delta(A1, A2, AT_0900), delta(A2, null, AT_1000));
    }

    @Test
    void aLateEventIsSlottedIntoItsPlaceInEventTime() throws Exception {
        send(north.admit(ENC, A1, AT_0800));
        send(north.discharge(ENC, AT_1000));
        // The transfer happened before the discharge: it changes nothing now.
        send(north.transfer(ENC, A2, AT_0900));
        // The cancelled discharge then puts the patient back where the transfer left them.
        send(north.cancelDischarge(ENC, AT_1100));

        assertThat(moves())
                .containsExactly(
                        delta(null, A1, AT_0800),
                        delta(A1, null, AT_1000),
                        delta(null, A2, AT_1100));
    }

    @Test
    void aDischargeArrivingBeforeItsAdmissionLeavesNobodyInABed() throws Exception {
        send(north.discharge(ENC, AT_1000));
        send(north.admit(ENC, A1, AT_0800));

        assertThat(moves()).isEmpty();
        // Nobody moved, but the site learns how far its events reach.
        assertThat(deltas())
                .containsExactly(delta(null, null, AT_1000), delta(null, null, AT_1000));
    }

    @Test
    void aDuplicateMessageOrFeedEventIsAppliedOnce() throws Exception {
        FlowEvent admit = north.admit(ENC, A1, AT_0800);
        FlowEvent transfer = north.transfer(ENC, A2, AT_0900);
        send(admit);
        send(transfer);
        send(TestEvents.redelivered(admit));
        // Same kind and time under another message id: the feed sent it twice.
        send(north.transfer(ENC, A2, AT_0900));
        send(north.cancelTransfer(ENC, AT_1000));

        assertThat(deltas()).as("duplicates emit nothing").hasSize(3);
        assertThat(moves())
                .containsExactly(
                        delta(null, A1, AT_0800), delta(A1, A2, AT_0900), delta(A2, A1, AT_1000));
    }

    @Test
    void twoTransfersInTheSameMinuteToDifferentWardsAreBothApplied() throws Exception {
        send(north.admit(ENC, A1, AT_0800));
        send(north.transfer(ENC, A2, AT_0900));
        send(north.transfer(ENC, ICU, AT_0900));

        assertThat(moves())
                .containsExactly(
                        delta(null, A1, AT_0800), delta(A1, A2, AT_0900), delta(A2, ICU, AT_0900));
    }

    @Test
    void keepsAnInpatientWithNoTimerAndForgetsADischargedEncounterAfterTheRetention()
            throws Exception {
        send(north.admit(ENC, A1, AT_0800));
        assertThat(harness.numEventTimeTimers()).isZero();

        send(north.discharge(ENC, AT_1000));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        assertThat(harness.numKeyedStateEntries()).isPositive();

        long cleanup = AT_1000.plus(EncounterFunction.RETENTION).toEpochMilli();
        harness.processWatermark(cleanup - 1);
        assertThat(harness.numKeyedStateEntries()).isPositive();

        harness.processWatermark(cleanup);
        assertThat(harness.numEventTimeTimers()).isZero();
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void aCancelledDischargeKeepsTheInpatientWhenItsCleanupTimerFires() throws Exception {
        send(north.admit(ENC, A1, AT_0800));
        send(north.discharge(ENC, AT_1000));
        send(north.cancelDischarge(ENC, AT_1100));

        // The timer is lazy: it stays, and finds an inpatient when it fires.
        harness.processWatermark(AT_1000.plus(EncounterFunction.RETENTION).toEpochMilli());
        assertThat(harness.numEventTimeTimers()).isZero();
        assertThat(harness.numKeyedStateEntries()).isPositive();

        send(north.discharge(ENC, AT_1100.plus(Duration.ofDays(20))));
        assertThat(moves()).last().isEqualTo(delta(A1, null, AT_1100.plus(Duration.ofDays(20))));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    }

    @Test
    void laterNewsPutsTheCleanupBackWithoutATimerPerEvent() throws Exception {
        send(north.admit(ENC, A1, AT_0800));
        send(north.discharge(ENC, AT_1000));
        Instant threeDaysOn = AT_1000.plus(Duration.ofDays(3));
        send(north.cancelAdmit(ENC, threeDaysOn));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(AT_1000.plus(EncounterFunction.RETENTION).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).as("kept: news came since").isPositive();
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        long cleanup = threeDaysOn.plus(EncounterFunction.RETENTION).toEpochMilli();
        harness.processWatermark(cleanup - 1);
        assertThat(harness.numKeyedStateEntries()).isPositive();
        harness.processWatermark(cleanup);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void anEncounterIsOneStateValue() throws Exception {
        send(north.admit(ENC, A1, AT_0800));
        send(north.transfer(ENC, A2, AT_0900));

        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    }

    @Test
    void anEdAttendanceLeavesNoStateBehind() throws Exception {
        send(north.edAdmit(ENC, AT_0800));

        assertThat(moves()).isEmpty();
        harness.processWatermark(AT_0800.plus(EncounterFunction.RETENTION).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
    }
}
