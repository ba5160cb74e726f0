package org.flowboard.jobs.replay;

import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.FlowEventSerializer;
import org.flowboard.jobs.FlowMetrics;
import org.flowboard.jobs.LivePipeline;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.metrics.MetricsUpdate;

/**
 * The bounded replay (DESIGN.md section 5): recorded files through the live system's job graph
 * ({@link FlowMetrics}) to the figures at an instant. Only the source (files instead of Kafka) and
 * the sink (the figures at T instead of Redis and Kafka) differ from the live pipeline.
 */
public final class ReplayJob {

    /** Parsing is the costly step; it runs on every core of the 2-core machines we target. */
    static final int PARSE_PARALLELISM = 2;

    private ReplayJob() {}

    /** The replay's outcome: the figures at T, and what could not be used. */
    public record Result(List<MetricsUpdate> figures, long rejected, long events, long afterAsOf) {}

    /** Defines the replay graph on {@code env}; returns the figures at T. */
    static DataStream<MetricsUpdate> define(
            StreamExecutionEnvironment env,
            ReplayInputs inputs,
            Ics ics,
            Instant asOf,
            byte[] pseudonymKey,
            Instant receivedAt) {
        DataStream<RawRecord> raw =
                env.fromSource(
                                new RecordSource(inputs.splits()),
                                WatermarkStrategy.noWatermarks(),
                                "recorded feeds",
                                RawRecordSerializer.TYPE)
                        .setParallelism(Math.min(PARSE_PARALLELISM, inputs.splits().size()))
                        .uid("recorded-feeds-source");
        DataStream<FlowEvent> events =
                raw.partitionCustom(new RouteByEncounter(), new RouteByEncounter())
                        .flatMap(new ParseRecords(ics, pseudonymKey, asOf, receivedAt))
                        .returns(FlowEventSerializer.TYPE)
                        .setParallelism(PARSE_PARALLELISM)
                        .name("parse HL7 and feeds")
                        .uid("replay-parse")
                        // The live graph's event time and watermarks, from here on.
                        .assignTimestampsAndWatermarks(LivePipeline.watermarks())
                        .setParallelism(PARSE_PARALLELISM)
                        .name("event time")
                        .uid("replay-event-time")
                        .transform(
                                "event time stops at T",
                                FlowEventSerializer.TYPE,
                                new ClockStopsAtAsOf(asOf.toEpochMilli()))
                        .setParallelism(PARSE_PARALLELISM)
                        .uid("replay-clock-stops-at-t");
        return figuresAt(events, ics, asOf);
    }

    /**
     * The live graph with its clock stopped at T, so every job emits its figures at exactly T and
     * nothing after; only the latest figures per scope and group travel on to the client.
     */
    static DataStream<MetricsUpdate> figuresAt(
            DataStream<FlowEvent> events, Ics ics, Instant asOf) {
        return FlowMetrics.defineWorkflow(events, ics, asOf.toEpochMilli())
                .keyBy(new LatestAtOrBefore.ScopeKey())
                .process(new LatestAtOrBefore(asOf.toEpochMilli()))
                .returns(MetricsUpdateTypeInfo.INSTANCE)
                .name("figures at T")
                .uid("replay-figures-at-t");
    }

    /** Runs the replay in a local, in-process Flink environment (a MiniCluster). */
    public static Result run(ReplayInputs inputs, Ics ics, Instant asOf, byte[] pseudonymKey)
            throws Exception {
        Configuration config = new Configuration();
        // Every type is a POJO or has its own serializer; fail rather than fall back to Kryo.
        config.set(PipelineOptions.GENERIC_TYPES, false);
        // Records are immutable, so chained operators may pass them on without copies.
        config.set(PipelineOptions.OBJECT_REUSE, true);
        // In-process when run from the jar; the test's MiniCluster when run inside one.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(PARSE_PARALLELISM);
        return run(env, inputs, ics, asOf, pseudonymKey);
    }

    /** Runs the replay on the given environment (tests pass a MiniCluster's). */
    public static Result run(
            StreamExecutionEnvironment env,
            ReplayInputs inputs,
            Ics ics,
            Instant asOf,
            byte[] pseudonymKey)
            throws Exception {
        ReplayProgress.reset();
        define(env, inputs, ics, asOf, pseudonymKey, Instant.now())
                .map(new FiguresAccumulator())
                .returns(MetricsUpdateTypeInfo.INSTANCE)
                .name("figures to the client")
                .sinkTo(new DiscardingSink<>())
                .name("end");
        JobExecutionResult result = env.execute("FlowBoard replay");
        List<String> figures = result.getAccumulatorResult(FiguresAccumulator.FIGURES);
        return new Result(
                FiguresAccumulator.read(figures == null ? List.of() : figures),
                counter(result, ParseRecords.REJECTED),
                counter(result, ParseRecords.EVENTS),
                counter(result, ParseRecords.AFTER_AS_OF));
    }

    private static long counter(JobExecutionResult result, String name) {
        Long value = result.getAccumulatorResult(name);
        return value == null ? 0 : value;
    }
}
