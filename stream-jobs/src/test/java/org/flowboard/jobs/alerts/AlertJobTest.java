package org.flowboard.jobs.alerts;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.FlinkCluster;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.metrics.Alert;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert topology on a MiniCluster: handover waits from events, occupancy from metrics. */
class AlertJobTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");

    @RegisterExtension static final MiniClusterExtension FLINK = FlinkCluster.extension();

    @Test
    void alertIsAFlinkPojo() {
        assertSerializedAsPojoWithoutKryo(Alert.class);
    }

    @Test
    void eachThresholdCrossedGivesOneAlert() throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(FlinkCluster.noKryo());
        env.setParallelism(2);
        WatermarkStrategy<FlowEvent> eventTime =
                WatermarkStrategy.<FlowEvent>forBoundedOutOfOrderness(Duration.ofMinutes(5))
                        .withTimestampAssigner((e, t) -> e.eventTime());
        DataStream<FlowEvent> events =
                env.fromData(
                                FlowEvent.ambulance(
                                        EventKind.AMBULANCE_ARRIVED,
                                        "a1",
                                        "RZZ01",
                                        "INC-1",
                                        "NV-1",
                                        AT_0800),
                                FlowEvent.ambulance(
                                        EventKind.AMBULANCE_ARRIVED,
                                        "a2",
                                        "RZZ02",
                                        "INC-2",
                                        "NV-2",
                                        AT_0800),
                                FlowEvent.ambulance(
                                        EventKind.AMBULANCE_HANDED_OVER,
                                        "h2",
                                        "RZZ02",
                                        "INC-2",
                                        "NV-2",
                                        AT_0800.plus(Duration.ofMinutes(10))))
                        .assignTimestampsAndWatermarks(eventTime);
        DataStream<MetricsUpdate> metrics =
                env.fromData(
                        MetricsUpdateTypeInfo.INSTANCE,
                        occupancy(AT_0800, 91.0),
                        occupancy(AT_0800.plusSeconds(60), 93.0),
                        occupancy(AT_0800.plusSeconds(120), 93.5));

        List<Alert> alerts = new ArrayList<>();
        try (CloseableIterator<Alert> it =
                AlertJob.defineWorkflow(events, metrics, IcsLoader.demo()).executeAndCollect()) {
            it.forEachRemaining(alerts::add);
        }

        assertThat(alerts)
                .extracting(Alert::type, Alert::site)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Alert.HANDOVER_OVER_30, "RZZ01"),
                        org.assertj.core.groups.Tuple.tuple(Alert.HANDOVER_OVER_60, "RZZ01"),
                        org.assertj.core.groups.Tuple.tuple(Alert.OCCUPANCY_OVER_92, "RZZ03"));
    }

    private static MetricsUpdate occupancy(Instant at, double pct) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                "RZZ03",
                "occupancy",
                at.toEpochMilli(),
                Map.of("occupancyPct", pct, "occupiedBeds", 100, "openBeds", 107));
    }
}
