package org.flowboard.jobs;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.alerts.AlertJob;
import org.flowboard.jobs.feeds.FeedActivityJob;
import org.flowboard.kafka.Topics;
import org.flowboard.metrics.Alert;
import org.flowboard.metrics.MetricsUpdate;

/**
 * The live job graph: {@code flow.events} from Kafka through every metric job to Redis and {@code
 * flow.metrics}. Embedded mode and {@code FlowboardJobs live} both build it with this.
 */
public final class LivePipeline {

    /** Often enough that a restart replays little; Kafka offsets commit on each checkpoint. */
    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

    /**
     * Feeds reach us out of order by minutes (interface engines batch and retry). The figures do
     * not wait for the watermark; it only decides when discharged encounters' state is dropped.
     */
    static final Duration OUT_OF_ORDERNESS = Duration.ofMinutes(5);

    /** A partition with no events (a quiet site at night) must not hold the watermark back. */
    static final Duration IDLENESS = Duration.ofMinutes(1);

    /**
     * How long a network buffer between operators may wait to fill before it is sent. Flink's
     * default, 100 ms, is paid at each of the live graph's two keyed exchanges (encounter, then
     * site) when events trickle in, as they do live: about 100 ms of a figure's delay on average
     * and 200 ms at worst. 10 ms keeps most of the batching when a backlog is read after a restart.
     * The replay defines its own graph and keeps the default.
     */
    static final Duration BUFFER_TIMEOUT = Duration.ofMillis(10);

    private LivePipeline() {}

    public static void define(StreamExecutionEnvironment env, Ics ics, LiveSettings settings) {
        env.enableCheckpointing(CHECKPOINT_INTERVAL.toMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.setBufferTimeout(BUFFER_TIMEOUT.toMillis());

        DataStream<FlowEvent> events =
                env.fromSource(source(settings), watermarks(), "flow.events")
                        .uid("flow-events-source");

        DataStream<MetricsUpdate> metrics = FlowMetrics.defineWorkflow(events, ics);
        DataStream<MetricsUpdate> feeds = FeedActivityJob.defineWorkflow(events);

        metrics.union(feeds)
                .sinkTo(new RedisMetricsSink(settings.redisUrl()))
                .name("redis metrics")
                .uid("redis-metrics-sink");
        metrics.sinkTo(kafkaSink(settings)).name("flow.metrics").uid("flow-metrics-sink");

        AlertJob.defineWorkflow(events, metrics, ics)
                .sinkTo(alertSink(settings))
                .name("flow.alerts")
                .uid("flow-alerts-sink");
    }

    static KafkaSink<Alert> alertSink(LiveSettings settings) {
        return KafkaSink.<Alert>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(new AlertKafkaSerializer())
                // Each alert is decided once from checkpointed state; a restore may resend one,
                // which a pager can bear better than an alert held back to the next checkpoint.
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    static KafkaSource<FlowEvent> source(LiveSettings settings) {
        return KafkaSource.<FlowEvent>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(Topics.EVENTS.name())
                .setGroupId(settings.consumerGroup())
                // Resume where the group left off; a new group reads the whole topic, so the
                // figures are built from every event still retained.
                .setStartingOffsets(
                        OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new FlowEventDeserializer())
                // Offsets are committed on checkpoints (the source's default); the state restored
                // from a checkpoint is what makes the job exactly-once, not these commits.
                .setProperty("commit.offsets.on.checkpoint", "true")
                .build();
    }

    public static WatermarkStrategy<FlowEvent> watermarks() {
        return WatermarkStrategy.<FlowEvent>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner(new PayloadEventTime())
                .withIdleness(IDLENESS);
    }

    static KafkaSink<MetricsUpdate> kafkaSink(LiveSettings settings) {
        return KafkaSink.<MetricsUpdate>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(new MetricsUpdateKafkaSerializer())
                // At least once: an update repeated after a restore carries the same asOf, and
                // readers keep the newest per scope; transactions would hold every update back
                // until the next checkpoint.
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
