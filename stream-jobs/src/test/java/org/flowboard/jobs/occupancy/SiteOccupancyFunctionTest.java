package org.flowboard.jobs.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0800;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0900;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1000;
import static org.flowboard.jobs.occupancy.TestIcs.A1;
import static org.flowboard.jobs.occupancy.TestIcs.A2;
import static org.flowboard.jobs.occupancy.TestIcs.ICU;
import static org.flowboard.jobs.occupancy.TestIcs.NORTH;
import static org.flowboard.jobs.occupancy.TestIcs.NOWHERE;

import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.flowboard.events.FlowEvent;
import org.flowboard.jobs.encounter.AdtReplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SiteOccupancyFunctionTest {

    private final TestEvents north = TestEvents.at(NORTH);
    private KeyedTwoInputStreamOperatorTestHarness<
                    String, OccupancyDelta, FlowEvent, OccupancyFigures>
            harness;

    @BeforeEach
    void start() throws Exception {
        harness =
                new KeyedTwoInputStreamOperatorTestHarness<>(
                        new KeyedCoProcessOperator<>(new SiteOccupancyFunction(TestIcs.ICS_FILE)),
                        (KeySelector<OccupancyDelta, String>) OccupancyDelta::site,
                        (KeySelector<FlowEvent, String>) FlowEvent::site,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private void move(String from, String to, Instant at) throws Exception {
        harness.processElement1(
                new StreamRecord<>(new OccupancyDelta(NORTH, from, to, at.toEpochMilli())));
    }

    private void capacity(FlowEvent event) throws Exception {
        harness.processElement2(new StreamRecord<>(event, event.eventTime()));
    }

    private OccupancyFigures latest() {
        List<OccupancyFigures> out = harness.extractOutputValues();
        return out.get(out.size() - 1);
    }

    @Test
    void countsInpatientsInGeneralAcuteWardsAgainstCoreBedsFromTheIcsFile() throws Exception {
        move(null, A1, AT_0800);
        move(null, A1, AT_0800);
        move(null, A2, AT_0900);
        move(null, ICU, AT_0900);

        OccupancyFigures figures = latest();
        assertThat(figures.id()).isEqualTo(NORTH);
        assertThat(figures.openBeds()).isEqualTo(20);
        assertThat(figures.occupiedBeds()).isEqualTo(3);
        assertThat(figures.occupancyPct()).isEqualTo(15.0);
        assertThat(figures.unknownLocation()).isZero();
        assertThat(figures.asOf()).isEqualTo(AT_0900.toEpochMilli());
        assertThat(figures.wards().get(A1)).isEqualTo(new WardFigures(10, 2, 20.0));
        assertThat(figures.wards().get(ICU)).isEqualTo(new WardFigures(4, 1, 25.0));
        assertThat(harness.extractOutputValues()).hasSize(4);
    }

    @Test
    void theLatestCapacityEventByEventTimeSetsAWardsOpenBeds() throws Exception {
        move(null, A1, AT_0800);
        capacity(north.capacity(A1, 8, 2, AT_0900));
        // Older than the one already applied: ignored, no update.
        capacity(north.capacity(A1, 3, 0, AT_0800));

        assertThat(harness.extractOutputValues()).hasSize(2);
        OccupancyFigures figures = latest();
        assertThat(figures.openBeds()).isEqualTo(20);
        assertThat(figures.wards().get(A1)).isEqualTo(new WardFigures(10, 1, 10.0));
        assertThat(figures.asOf()).isEqualTo(AT_0900.toEpochMilli());
    }

    @Test
    void escalationBedsAreTheOpenEscalationBedsOfTheGeneralAcuteWards() throws Exception {
        // Before any capacity event: core beds from the ICS file, no escalation beds.
        move(null, A1, AT_0800);
        assertThat(latest().escalationBeds()).isZero();

        capacity(north.capacity(A1, 10, 3, AT_0800));
        capacity(north.capacity(A2, 8, 2, AT_0800));
        // Critical care is not a general-acute ward: its escalation beds do not count.
        capacity(north.capacity(ICU, 4, 2, AT_0800));
        assertThat(latest().escalationBeds()).isEqualTo(5);
        assertThat(latest().openBeds()).isEqualTo(23);

        // The ward's latest capacity event replaces its escalation beds, not adds to them.
        capacity(north.capacity(A1, 10, 1, AT_0900));
        assertThat(latest().escalationBeds()).isEqualTo(3);
        assertThat(latest().openBeds()).isEqualTo(21);
    }

    @Test
    void anEventThatMovedNobodyUpdatesOnlyWhenItIsLater() throws Exception {
        move(null, A1, AT_0900);
        move(null, null, AT_0800);
        assertThat(harness.extractOutputValues()).hasSize(1);

        move(A1, A1, AT_1000);
        assertThat(harness.extractOutputValues()).hasSize(2);
        assertThat(latest().asOf()).isEqualTo(AT_1000.toEpochMilli());
        assertThat(latest().occupiedBeds()).isEqualTo(1);
    }

    @Test
    void percentageIsOneDecimalHalfUpAndNullWithNoOpenBeds() throws Exception {
        capacity(north.capacity(A1, 3, 0, AT_0800));
        capacity(north.capacity(A2, 0, 0, AT_0800));
        move(null, A1, AT_0900);
        // 1 of 3 = 33.33..%
        assertThat(latest().occupancyPct()).isEqualTo(33.3);
        move(null, A1, AT_0900);
        // 2 of 3 = 66.66..% rounds half up
        assertThat(latest().occupancyPct()).isEqualTo(66.7);

        capacity(north.capacity(A1, 0, 0, AT_1000));
        assertThat(latest().openBeds()).isZero();
        assertThat(latest().occupancyPct()).isNull();
    }

    @Test
    void inpatientsInWardsTheIcsFileDoesNotKnowAreCountedAsUnknownLocation() throws Exception {
        move(null, NOWHERE, AT_0800);
        move(null, AdtReplay.NO_WARD, AT_0800);
        move(NOWHERE, A1, AT_0900);

        OccupancyFigures figures = latest();
        assertThat(figures.unknownLocation()).isEqualTo(1);
        assertThat(figures.occupiedBeds()).isEqualTo(1);
        assertThat(figures.wards()).containsOnlyKeys(A1, A2, ICU);
    }

    @Test
    void aSecondCapacityEventForAWardAtTheSameTimeIsTheSameFeedEventAndIsIgnored()
            throws Exception {
        capacity(north.capacity(A1, 8, 2, AT_0900));
        capacity(north.capacity(A1, 3, 0, AT_0900));

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(latest().wards().get(A1).openBeds()).isEqualTo(10);
    }

    @Test
    void withAnAsOfInstantReportsTheFiguresAtIt() throws Exception {
        long asOf = AT_1000.toEpochMilli();
        try (KeyedTwoInputStreamOperatorTestHarness<
                        String, OccupancyDelta, FlowEvent, OccupancyFigures>
                replay =
                        new KeyedTwoInputStreamOperatorTestHarness<>(
                                new KeyedCoProcessOperator<>(
                                        new SiteOccupancyFunction(TestIcs.ICS_FILE, asOf)),
                                (KeySelector<OccupancyDelta, String>) OccupancyDelta::site,
                                (KeySelector<FlowEvent, String>) FlowEvent::site,
                                Types.STRING)) {
            replay.open();
            replay.processElement1(
                    new StreamRecord<>(
                            new OccupancyDelta(NORTH, null, A1, AT_0800.toEpochMilli())));

            replay.processBothWatermarks(new Watermark(asOf));

            List<OccupancyFigures> out = replay.extractOutputValues();
            // A replay reads only the figures at T: nothing is sent on before it.
            assertThat(out).extracting(OccupancyFigures::asOf).containsExactly(asOf);
            assertThat(out.get(0).occupiedBeds()).isEqualTo(1);
            assertThat(replay.numEventTimeTimers()).isZero();
        }
    }
}
