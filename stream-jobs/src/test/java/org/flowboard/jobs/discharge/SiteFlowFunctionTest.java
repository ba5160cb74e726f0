package org.flowboard.jobs.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_0000_BST;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_0130_GMT;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_NEXT_MIDNIGHT;
import static org.flowboard.jobs.discharge.Patients.LONDON;
import static org.flowboard.jobs.discharge.Patients.SPRING_0000;
import static org.flowboard.jobs.discharge.Patients.SPRING_1059_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_1130_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_2359_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_NEXT_MIDNIGHT;
import static org.flowboard.jobs.discharge.Patients.discharged;
import static org.flowboard.jobs.discharge.Patients.inpatient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.jobs.Horizon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SiteFlowFunctionTest {

    private KeyedOneInputStreamOperatorTestHarness<String, EncounterFlow, SiteFlow> harness;

    private void open(long horizon) throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SiteFlowFunction(LONDON, horizon)),
                        EncounterFlow::site,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(EncounterFlow flow) throws Exception {
        harness.processElement(flow, flow.eventTime());
    }

    private List<SiteFlow> out() {
        return harness.extractOutputValues();
    }

    private SiteFlow last() {
        return out().get(out().size() - 1);
    }

    @Test
    void reportsAtTheLatestEventTimeAndAgainAtLocalMidnightWhenTodayStartsAfresh()
            throws Exception {
        open(Horizon.LIVE);
        send(discharged("e1", SPRING_0000, SPRING_1059_BST));
        send(inpatient("e2", SPRING_1130_BST, true, 2));

        assertThat(last().asOf()).isEqualTo(SPRING_1130_BST.toEpochMilli());
        assertThat(last().admissionsToday()).isEqualTo(2);
        assertThat(last().dischargesBeforeNoonToday()).isEqualTo(1);

        // Midnight of the 23-hour day is at 23:00 UTC.
        harness.processWatermark(SPRING_2359_BST.toEpochMilli());
        assertThat(out()).hasSize(2);
        harness.processWatermark(SPRING_NEXT_MIDNIGHT.toEpochMilli());

        assertThat(last().asOf()).isEqualTo(SPRING_NEXT_MIDNIGHT.toEpochMilli());
        assertThat(last().admissionsToday()).isZero();
        assertThat(last().dischargesToday()).isZero();
        assertThat(last().nctr()).isEqualTo(1);
        assertThat(last().nctrPathway2()).isEqualTo(1);
        // The discharged patient counts for nothing any more and is forgotten; the next midnight
        // is booked for the inpatient.
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    }

    @Test
    void theMidnightAfterTheLongDayIsTwentyFiveHoursAfterItsStart() throws Exception {
        open(Horizon.LIVE);
        send(discharged("e1", AUTUMN_0000_BST, AUTUMN_0130_GMT));

        harness.processWatermark(AUTUMN_NEXT_MIDNIGHT.toEpochMilli() - 1);
        assertThat(out()).hasSize(1);
        assertThat(last().admissionsToday()).isEqualTo(1);

        harness.processWatermark(AUTUMN_NEXT_MIDNIGHT.toEpochMilli());
        assertThat(Duration.between(AUTUMN_0000_BST, AUTUMN_NEXT_MIDNIGHT)).hasHours(25);
        assertThat(last().asOf()).isEqualTo(AUTUMN_NEXT_MIDNIGHT.toEpochMilli());
        assertThat(last().admissionsToday()).isZero();
    }

    @Test
    void leavesNoStateOrTimerOnceNobodyCanCount() throws Exception {
        open(Horizon.LIVE);
        send(discharged("e1", SPRING_0000, SPRING_1059_BST));

        harness.processWatermark(SPRING_NEXT_MIDNIGHT.toEpochMilli());

        assertThat(last().dischargesToday()).isZero();
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void longStaysGrowWithTheClockAtEachMidnight() throws Exception {
        open(Horizon.LIVE);
        Instant admitted = SPRING_1059_BST.minus(Duration.ofDays(7)).plus(Duration.ofHours(1));
        send(inpatient("e1", admitted, false, null));
        assertThat(last().los7plus()).isZero();

        harness.processWatermark(SPRING_NEXT_MIDNIGHT.toEpochMilli());
        assertThat(last().los7plus()).isEqualTo(1);
    }

    @Test
    void withAnAsOfInstantReportsAtItAndSchedulesNothingAfterIt() throws Exception {
        Instant asOf = Instant.parse("2026-03-30T09:00:00Z");
        open(asOf.toEpochMilli());
        send(inpatient("e1", SPRING_1059_BST, true, 0));

        harness.processWatermark(asOf.toEpochMilli());

        SiteFlow atT = last();
        assertThat(atT.asOf()).isEqualTo(asOf.toEpochMilli());
        assertThat(atT.admissionsToday()).isZero(); // admitted yesterday
        assertThat(atT.nctrPathway0()).isEqualTo(1);
        // A replay reads only the figures at T: nothing before it is sent on, nothing after booked.
        assertThat(out()).extracting(SiteFlow::asOf).containsExactly(asOf.toEpochMilli());
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void anAsOfInstantAtMidnightIsReportedOnce() throws Exception {
        open(SPRING_NEXT_MIDNIGHT.toEpochMilli());
        send(inpatient("e1", SPRING_1059_BST, false, null));

        harness.processWatermark(Long.MAX_VALUE);

        assertThat(out())
                .extracting(SiteFlow::asOf)
                .containsExactly(SPRING_NEXT_MIDNIGHT.toEpochMilli());
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
