package org.flowboard.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.MetricsUpdate;

/** The one MiniCluster set-up of the job tests: a task manager with two slots. */
public final class FlinkCluster {

    private FlinkCluster() {}

    public static MiniClusterExtension extension() {
        return new MiniClusterExtension(
                new MiniClusterResourceConfiguration.Builder()
                        .setNumberTaskManagers(1)
                        .setNumberSlotsPerTaskManager(2)
                        .build());
    }

    /**
     * Runs the whole graph ({@link FlowMetrics}) with as-of T over the events, at parallelism 2,
     * with event time from the payload and 5 minutes out of order, and returns every update.
     */
    public static List<MetricsUpdate> runToInstant(List<FlowEvent> events, Ics ics, long t)
            throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(noKryo());
        env.setParallelism(2);
        DataStream<FlowEvent> source =
                env.fromData(FlowEvent.class, events.toArray(FlowEvent[]::new))
                        .assignTimestampsAndWatermarks(
                                WatermarkStrategy.<FlowEvent>forBoundedOutOfOrderness(
                                                Duration.ofMinutes(5))
                                        .withTimestampAssigner((e, ts) -> e.eventTime()));
        List<MetricsUpdate> out = new ArrayList<>();
        try (CloseableIterator<MetricsUpdate> it =
                FlowMetrics.defineWorkflow(source, ics, t).executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /** Job configuration that fails the job graph if any type would fall back to Kryo. */
    public static Configuration noKryo() {
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        return config;
    }
}
