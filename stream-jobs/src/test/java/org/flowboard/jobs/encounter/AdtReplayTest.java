package org.flowboard.jobs.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0800;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0900;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1000;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1100;
import static org.flowboard.jobs.occupancy.TestIcs.A1;
import static org.flowboard.jobs.occupancy.TestIcs.A2;
import static org.flowboard.jobs.occupancy.TestIcs.ICU;
import static org.flowboard.jobs.occupancy.TestIcs.NORTH;

import java.util.List;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.jobs.occupancy.TestEvents;
import org.junit.jupiter.api.Test;

class AdtReplayTest {

    private static final String ENC = "enc-1";
    private final TestEvents north = TestEvents.at(NORTH);

    private static String wardAfter(FlowEvent... events) {
        return AdtReplay.replay(List.of(events)).ward();
    }

    @Test
    void anInpatientAdmissionPlacesTheEncounterInItsWard() {
        assertThat(wardAfter(north.admit(ENC, A1, AT_0800))).isEqualTo(A1);
    }

    @Test
    void anEmergencyClassAdmissionOrAnEdArrivalIsNotABedOccupant() {
        assertThat(wardAfter(north.edAdmit(ENC, AT_0800))).isNull();
        assertThat(wardAfter(north.edArrival(ENC, AT_0800))).isNull();
    }

    @Test
    void aTransferMovesTheEncounterAndItsCancellationMovesItBack() {
        FlowEvent admit = north.admit(ENC, A1, AT_0800);
        FlowEvent toA2 = north.transfer(ENC, A2, AT_0900);
        FlowEvent toIcu = north.transfer(ENC, ICU, AT_1000);

        assertThat(wardAfter(admit, toA2)).isEqualTo(A2);
        assertThat(wardAfter(admit, toA2, toIcu)).isEqualTo(ICU);
        assertThat(wardAfter(admit, toA2, toIcu, north.cancelTransfer(ENC, AT_1100))).isEqualTo(A2);
        assertThat(wardAfter(admit, toA2, north.cancelTransfer(ENC, AT_1000))).isEqualTo(A1);
    }

    @Test
    void aDischargeEndsTheStayAndItsCancellationRestoresItWhereItWas() {
        FlowEvent admit = north.admit(ENC, A1, AT_0800);
        FlowEvent toA2 = north.transfer(ENC, A2, AT_0900);
        FlowEvent discharge = north.discharge(ENC, AT_1000);

        assertThat(wardAfter(admit, toA2, discharge)).isNull();
        assertThat(wardAfter(admit, toA2, discharge, north.cancelDischarge(ENC, AT_1100)))
                .isEqualTo(A2);
    }

    @Test
    void aCancelledAdmissionIsAsIfNeverAdmitted() {
        FlowEvent admit = north.admit(ENC, A1, AT_0800);
        assertThat(wardAfter(admit, north.cancelAdmit(ENC, AT_0900))).isNull();
        assertThat(
                        wardAfter(
                                admit,
                                north.cancelAdmit(ENC, AT_0900),
                                north.cancelDischarge(ENC, AT_1000)))
                .isNull();
    }

    @Test
    void anAdmissionWithoutAWardIsAnInpatientInAnUnknownLocation() {
        FlowEvent noWard =
                FlowEvent.adt(
                        EventKind.ADMIT,
                        "M1",
                        NORTH,
                        new EncounterDetail(ENC, null, null, "I"),
                        AT_0800);
        assertThat(wardAfter(noWard)).isEqualTo(AdtReplay.NO_WARD);
    }

    @Test
    void cancellationsWithNothingToCancelChangeNothing() {
        assertThat(wardAfter(north.cancelTransfer(ENC, AT_0800))).isNull();
        assertThat(wardAfter(north.admit(ENC, A1, AT_0800), north.cancelTransfer(ENC, AT_0900)))
                .isEqualTo(A1);
        assertThat(wardAfter(north.cancelDischarge(ENC, AT_0800))).isNull();
    }

    @Test
    void theStayKeepsTheAdmissionsAndDischargesThatStand() {
        AdtReplay.Stay stay =
                AdtReplay.replay(
                        List.of(
                                north.admit(ENC, A1, AT_0800),
                                north.discharge(ENC, AT_0900),
                                north.cancelDischarge(ENC, AT_1000),
                                north.discharge(ENC, AT_1100)));

        assertThat(stay.inpatient()).isFalse();
        assertThat(stay.admittedAt()).isEqualTo(AT_0800.toEpochMilli());
        assertThat(stay.admissions()).containsExactly(AT_0800.toEpochMilli());
        assertThat(stay.discharges()).containsExactly(AT_1100.toEpochMilli());
    }

    @Test
    void aCancelledAdmissionNoLongerCountsAndADischargeOfNoInpatientIsNone() {
        AdtReplay.Stay stay =
                AdtReplay.replay(
                        List.of(
                                north.admit(ENC, A1, AT_0800),
                                north.cancelAdmit(ENC, AT_0900),
                                north.discharge(ENC, AT_1000)));

        assertThat(stay.admissions()).isEmpty();
        assertThat(stay.discharges()).isEmpty();
        assertThat(stay.admittedAt()).isNull();
    }
}
