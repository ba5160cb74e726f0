package org.flowboard.jobs.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0800;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0900;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1000;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1100;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1200;
import static org.flowboard.jobs.occupancy.TestIcs.A1;
import static org.flowboard.jobs.occupancy.TestIcs.A2;
import static org.flowboard.jobs.occupancy.TestIcs.B1;
import static org.flowboard.jobs.occupancy.TestIcs.NORTH;
import static org.flowboard.jobs.occupancy.TestIcs.NOWHERE;
import static org.flowboard.jobs.occupancy.TestIcs.SOUTH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.flowboard.events.FlowEvent;
import org.flowboard.jobs.FlinkCluster;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OccupancyJobTest {

    @RegisterExtension static final MiniClusterExtension FLINK = FlinkCluster.extension();

    private static final TestEvents NORTH_EVENTS = TestEvents.at(NORTH);
    private static final TestEvents SOUTH_EVENTS = TestEvents.at(SOUTH);

    /** A morning at two sites, in the order things happened. */
    private static List<FlowEvent> morning() {
        FlowEvent admitOne = NORTH_EVENTS.admit("n1", A1, AT_0800);
        return List.of(
                admitOne,
                NORTH_EVENTS.admit("n2", A1, AT_0800),
                NORTH_EVENTS.admit("n3", NOWHERE, AT_0800),
                SOUTH_EVENTS.admit("s1", B1, AT_0800),
                NORTH_EVENTS.capacity(A2, 8, 2, AT_0900),
                NORTH_EVENTS.transfer("n1", A2, AT_0900),
                NORTH_EVENTS.transfer("n2", A2, AT_0900),
                NORTH_EVENTS.edArrival("n4", AT_0900),
                TestEvents.redelivered(admitOne),
                NORTH_EVENTS.cancelTransfer("n2", AT_1000),
                SOUTH_EVENTS.admit("s2", B1, AT_1000),
                SOUTH_EVENTS.discharge("s1", AT_1100),
                SOUTH_EVENTS.admit("s3", B1, AT_1100),
                SOUTH_EVENTS.cancelAdmit("s3", AT_1200));
    }

    private static Map<String, MetricsUpdate> finalFigures(List<FlowEvent> events)
            throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(FlinkCluster.noKryo());
        env.setParallelism(2);
        DataStream<FlowEvent> source =
                env.fromData(FlowEvent.class, events.toArray(FlowEvent[]::new))
                        .assignTimestampsAndWatermarks(
                                WatermarkStrategy.<FlowEvent>noWatermarks()
                                        .withTimestampAssigner((e, t) -> e.eventTime()));
        Map<String, MetricsUpdate> latest = new LinkedHashMap<>();
        // Each scope's updates come from one keyed task, in order: the last one is final.
        for (MetricsUpdate update :
                OccupancyJob.defineWorkflow(source, TestIcs.ICS_FILE).executeAndCollect(1000)) {
            latest.put(update.scope() + ":" + update.id(), update);
        }
        return latest;
    }

    @Test
    void computesWardSiteAndIcsOccupancyFromTheEvents() throws Exception {
        Map<String, MetricsUpdate> figures = finalFigures(morning());

        MetricsUpdate north = figures.get("site:" + NORTH);
        assertThat(north.group()).isEqualTo("occupancy");
        assertThat(north.asOf()).isEqualTo(AT_1000.toEpochMilli());
        assertThat(north.fields())
                .containsEntry("openBeds", 20)
                .containsEntry("escalationBeds", 2)
                .containsEntry("occupiedBeds", 2)
                .containsEntry("occupancyPct", 10.0)
                .containsEntry("unknownLocation", 1);
        assertThat(north.fields().get("wards"))
                .isEqualTo(
                        Map.of(
                                A1,
                                ward(10, 1, 10.0),
                                A2,
                                ward(10, 1, 10.0),
                                TestIcs.ICU,
                                ward(4, 0, 0.0)));

        MetricsUpdate south = figures.get("site:" + SOUTH);
        assertThat(south.asOf()).isEqualTo(AT_1200.toEpochMilli());
        assertThat(south.fields())
                .containsEntry("openBeds", 20)
                .containsEntry("escalationBeds", 0)
                .containsEntry("occupiedBeds", 1)
                .containsEntry("occupancyPct", 5.0)
                .containsEntry("unknownLocation", 0);

        MetricsUpdate ics = figures.get("ics:" + TestIcs.ICS);
        assertThat(ics.asOf()).isEqualTo(AT_1200.toEpochMilli());
        assertThat(ics.fields())
                .containsEntry("openBeds", 40)
                .containsEntry("escalationBeds", 2)
                .containsEntry("occupiedBeds", 3)
                .containsEntry("occupancyPct", 7.5)
                .containsEntry("unknownLocation", 1)
                .doesNotContainKey("wards");
    }

    @Test
    void givesTheSameFiguresWhateverOrderTheEventsArriveIn() throws Exception {
        List<FlowEvent> morning = morning();
        List<FlowEvent> shuffled = new ArrayList<>(morning);
        // And every message delivered twice.
        shuffled.addAll(morning.stream().map(TestEvents::redelivered).toList());
        Collections.shuffle(shuffled, new Random(42));

        Map<String, MetricsUpdate> inOrder = finalFigures(morning);
        Map<String, MetricsUpdate> outOfOrder = finalFigures(shuffled);

        assertThat(outOfOrder.keySet())
                .containsExactlyInAnyOrder("site:" + NORTH, "site:" + SOUTH, "ics:" + TestIcs.ICS);
        for (String scope : inOrder.keySet()) {
            assertThat(outOfOrder.get(scope).fields())
                    .as(scope)
                    .isEqualTo(inOrder.get(scope).fields());
            assertThat(outOfOrder.get(scope).asOf()).isEqualTo(inOrder.get(scope).asOf());
        }
    }

    @Test
    void aQuietSiteAndAQuietIcsHaveNoEscalationBeds() {
        long t = AT_0800.toEpochMilli();

        assertThat(OccupancyJob.quietSite(TestIcs.ICS_FILE.sites().get(0), t).fields())
                .containsEntry("openBeds", 20)
                .containsEntry("escalationBeds", 0);
        assertThat(OccupancyJob.quietIcs(TestIcs.ICS_FILE, t).fields())
                .containsEntry("openBeds", 40)
                .containsEntry("escalationBeds", 0);
    }

    private static Map<String, Object> ward(int open, int occupied, Double pct) {
        Map<String, Object> ward = new LinkedHashMap<>();
        ward.put("openBeds", open);
        ward.put("occupiedBeds", occupied);
        ward.put("occupancyPct", pct);
        return ward;
    }
}
