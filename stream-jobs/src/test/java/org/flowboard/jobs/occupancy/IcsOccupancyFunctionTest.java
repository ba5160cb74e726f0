package org.flowboard.jobs.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0800;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0900;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1000;
import static org.flowboard.jobs.occupancy.TestIcs.NORTH;
import static org.flowboard.jobs.occupancy.TestIcs.SOUTH;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;

class IcsOccupancyFunctionTest {

    private static OccupancyFigures site(
            String code, int open, int occupied, int unknown, Instant asOf) {
        return site(code, open, 0, occupied, unknown, asOf);
    }

    private static OccupancyFigures site(
            String code, int open, int escalation, int occupied, int unknown, Instant asOf) {
        return new OccupancyFigures(
                MetricsUpdate.SITE,
                code,
                asOf.toEpochMilli(),
                open,
                escalation,
                occupied,
                OccupancyFigures.percent(occupied, open),
                unknown,
                Map.of());
    }

    @Test
    void sumsEachSitesLatestFiguresAndTakesThePercentageFromTheSummedBeds() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, OccupancyFigures, OccupancyFigures>
                harness =
                        new KeyedOneInputStreamOperatorTestHarness<>(
                                new KeyedProcessOperator<>(
                                        new IcsOccupancyFunction(TestIcs.ICS_FILE)),
                                new OccupancyJob.IcsKey(TestIcs.ICS),
                                Types.STRING)) {
            harness.open();
            harness.processElement(new StreamRecord<>(site(NORTH, 20, 19, 0, AT_0800)));
            harness.processElement(new StreamRecord<>(site(SOUTH, 20, 1, 1, AT_0900)));
            // North's newer figures replace its older ones.
            harness.processElement(new StreamRecord<>(site(NORTH, 23, 3, 10, 2, AT_1000)));
            // A site outside the ICS file is not part of the total.
            harness.processElement(new StreamRecord<>(site("RXX99", 50, 5, 50, 0, AT_1000)));

            List<OccupancyFigures> out = harness.extractOutputValues();
            assertThat(out).hasSize(3);
            assertThat(out.get(1).occupancyPct()).isEqualTo(50.0);
            assertThat(out.get(2))
                    .isEqualTo(
                            new OccupancyFigures(
                                    MetricsUpdate.ICS,
                                    TestIcs.ICS,
                                    AT_1000.toEpochMilli(),
                                    43,
                                    3,
                                    11,
                                    25.6,
                                    3,
                                    Map.of()));
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aSiteNotHeardFromCountsWithItsCoreBedsAndTheTotalIsReportedAtTheAsOfInstant()
            throws Exception {
        long asOf = AT_1000.toEpochMilli();
        try (KeyedOneInputStreamOperatorTestHarness<String, OccupancyFigures, OccupancyFigures>
                harness =
                        new KeyedOneInputStreamOperatorTestHarness<>(
                                new KeyedProcessOperator<>(
                                        new IcsOccupancyFunction(TestIcs.ICS_FILE, asOf)),
                                new OccupancyJob.IcsKey(TestIcs.ICS),
                                Types.STRING)) {
            harness.open();
            harness.processElement(new StreamRecord<>(site(NORTH, 22, 2, 5, 0, AT_0800)));
            // South (20 core beds in the file, no escalation beds) has sent nothing yet.
            assertThat(harness.extractOutputValues().get(0).openBeds()).isEqualTo(42);
            assertThat(harness.extractOutputValues().get(0).escalationBeds()).isEqualTo(2);

            harness.processWatermark(asOf);

            List<OccupancyFigures> out = harness.extractOutputValues();
            assertThat(out).hasSize(2);
            assertThat(out.get(1).asOf()).isEqualTo(asOf);
            assertThat(out.get(1).occupiedBeds()).isEqualTo(5);
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }
}
