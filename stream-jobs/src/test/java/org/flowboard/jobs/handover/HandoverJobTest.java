package org.flowboard.jobs.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.handover.Ambulances.AT_0800;
import static org.flowboard.jobs.handover.Ambulances.AT_0812;
import static org.flowboard.jobs.handover.Ambulances.AT_0830;
import static org.flowboard.jobs.handover.Ambulances.AT_0900;
import static org.flowboard.jobs.handover.Ambulances.AT_0931;
import static org.flowboard.jobs.handover.Ambulances.RIVERSIDE;
import static org.flowboard.jobs.handover.Ambulances.arrived;
import static org.flowboard.jobs.handover.Ambulances.handedOver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.IcsLoader;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real handover topology on a MiniCluster, fed out of order and with duplicates. */
class HandoverJobTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    @Test
    void siteAndIcsFiguresEqualThoseOfTheEventsInEventTimeOrder() throws Exception {
        List<FlowEvent> disordered =
                List.of(
                        handedOver("INC-1", "NV-101", AT_0830), // before its arrival
                        arrived("INC-2", "NV-102", AT_0900),
                        arrived("INC-1", "NV-101", AT_0800),
                        arrived("INC-1", "NV-101", AT_0800), // repeated
                        handedOver("INC-3", "NV-103", AT_0931),
                        arrived("INC-3", "NV-103", AT_0812),
                        Ambulances.at(
                                EventKind.AMBULANCE_ARRIVED,
                                RIVERSIDE,
                                "INC-9",
                                "NV-900",
                                AT_0900));

        List<MetricsUpdate> out = run(disordered);

        MetricsUpdate northgate = lastOf(out, MetricsUpdate.SITE, "RZZ01");
        assertThat(northgate.asOf()).isEqualTo(AT_0931.toEpochMilli());
        assertThat(northgate.fields())
                .containsEntry("ambulancesWaiting", 1)
                .containsEntry("longestWaitMinutes", 31)
                .containsEntry("handoversToday", 2)
                .containsEntry("meanHandoverMinutesToday", 54.5) // (30 + 79) / 2
                .containsEntry("handoversOver30Today", 1)
                .containsEntry("handoversOver60Today", 1)
                .containsEntry("hoursLostToday", 1.3); // 15 + 64 = 79 minutes

        MetricsUpdate ics = lastOf(out, MetricsUpdate.ICS, "QZZ");
        assertThat(ics.fields())
                .containsEntry("ambulancesWaiting", 2)
                .containsEntry("handoversToday", 2);
    }

    private static MetricsUpdate lastOf(List<MetricsUpdate> out, String scope, String id) {
        // Bounded input ends with a watermark at the end of time, which also fires the midnight
        // resets:
        // take the last figures of the day the events happened on.
        long endOfDay = AT_0800.plus(Duration.ofHours(16)).toEpochMilli();
        return out.stream()
                .filter(u -> u.scope().equals(scope) && u.id().equals(id) && u.asOf() < endOfDay)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private static List<MetricsUpdate> run(List<FlowEvent> events) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        // One subtask per operator: records and the end-of-input watermark then reach the ICS in a
        // deterministic order, so "the last figures of the day" is a well-defined thing to assert
        // on.
        env.setParallelism(1);
        DataStream<FlowEvent> source =
                env.fromData(events)
                        .setParallelism(1)
                        .assignTimestampsAndWatermarks(
                                WatermarkStrategy.<FlowEvent>forBoundedOutOfOrderness(
                                                Duration.ofHours(2))
                                        .withTimestampAssigner((e, t) -> e.eventTime()))
                        .setParallelism(1);
        List<MetricsUpdate> out = new ArrayList<>();
        try (CloseableIterator<MetricsUpdate> it =
                HandoverJob.defineWorkflow(source, IcsLoader.demo()).executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }
}
