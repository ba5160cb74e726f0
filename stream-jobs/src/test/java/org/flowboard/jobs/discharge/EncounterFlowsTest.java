package org.flowboard.jobs.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.discharge.Patients.SPRING_0000;
import static org.flowboard.jobs.discharge.Patients.SPRING_1059_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_1130_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_2359_BST;
import static org.flowboard.jobs.discharge.Patients.admit;
import static org.flowboard.jobs.discharge.Patients.cancelAdmit;
import static org.flowboard.jobs.discharge.Patients.cancelDischarge;
import static org.flowboard.jobs.discharge.Patients.discharge;
import static org.flowboard.jobs.discharge.Patients.meetsCriteria;
import static org.flowboard.jobs.discharge.Patients.noCriteriaToReside;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.events.FlowEvent;
import org.flowboard.jobs.encounter.EncounterChange;
import org.flowboard.jobs.encounter.EncounterFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The encounters function as flow sees it: the whole encounter after each event. */
class EncounterFlowsTest {

    private static final String ENC = "enc-1";
    private KeyedOneInputStreamOperatorTestHarness<String, FlowEvent, EncounterChange> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new EncounterFunction()),
                        EncounterFunction::keyOf,
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

    private EncounterFlow last() {
        List<EncounterChange> out = harness.extractOutputValues();
        return FlowJob.flowOf(out.get(out.size() - 1));
    }

    @Test
    void theLatestCriteriaToResideEventInEventTimeDecides() throws Exception {
        send(admit(ENC, SPRING_0000));
        send(noCriteriaToReside(ENC, 2, SPRING_1130_BST));
        // Sent late, but it happened before: it changes nothing.
        send(meetsCriteria(ENC, SPRING_1059_BST));

        assertThat(last().inpatient()).isTrue();
        assertThat(last().nctr()).isTrue();
        assertThat(last().pathway()).isEqualTo(2);
        assertThat(last().eventTime()).isEqualTo(SPRING_1130_BST.toEpochMilli());
    }

    @Test
    void cancellationsTakeBackTheAdmissionAndTheDischarge() throws Exception {
        send(admit(ENC, SPRING_0000));
        send(discharge(ENC, SPRING_1059_BST));
        assertThat(last().discharges()).containsExactly(SPRING_1059_BST.toEpochMilli());

        send(cancelDischarge(ENC, SPRING_1130_BST));
        assertThat(last().discharges()).isEmpty();
        assertThat(last().inpatient()).isTrue();

        send(cancelAdmit(ENC, SPRING_2359_BST));
        assertThat(last().admissions()).isEmpty();
        assertThat(last().admittedAt()).isNull();
        assertThat(last().inpatient()).isFalse();
    }

    @Test
    void aMessageSentAgainIsAppliedOnce() throws Exception {
        FlowEvent admission = admit(ENC, SPRING_0000);
        send(admission);
        send(admission.receivedAt(admission.receivedAt() + 1));

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void anEncounterNoLongerInBedIsForgottenAfterTheRetention() throws Exception {
        send(admit(ENC, SPRING_0000));
        assertThat(harness.numEventTimeTimers()).isZero();
        send(discharge(ENC, SPRING_1059_BST));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        long expiry = SPRING_1059_BST.plus(EncounterFunction.RETENTION).toEpochMilli();
        harness.processWatermark(expiry - 1);
        assertThat(harness.numKeyedStateEntries()).isPositive();

        harness.processWatermark(expiry);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void anInpatientIsKeptHoweverLong() throws Exception {
        send(admit(ENC, SPRING_0000));
        harness.processWatermark(SPRING_0000.plus(Duration.ofDays(60)).toEpochMilli());

        assertThat(harness.numKeyedStateEntries()).isPositive();
    }
}
