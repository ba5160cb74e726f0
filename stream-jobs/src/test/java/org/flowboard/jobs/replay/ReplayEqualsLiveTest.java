package org.flowboard.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.FlinkCluster;
import org.flowboard.jobs.FlowMetrics;
import org.flowboard.jobs.LivePipeline;
import org.flowboard.jobs.MetricsAtInstant;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.metrics.Snapshot;
import org.flowboard.simulator.FeedFiles;
import org.flowboard.simulator.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated day of the demo ICS, twice: its canonical events straight through the live job graph
 * on a MiniCluster, and the same day written as HL7 and JSON-lines files and replayed by the
 * command. The documents at T must be equal.
 */
class ReplayEqualsLiveTest {

    @RegisterExtension static final MiniClusterExtension FLINK = FlinkCluster.extension();

    private static final Instant MONDAY_0000 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant MONDAY_1800 = Instant.parse("2026-03-02T18:00:00Z");
    private static final long SEED = 11L;
    private static final Ics ICS = IcsLoader.demo();

    @TempDir Path dir;

    @Test
    void replayOfTheRecordedFeedsGivesTheLiveFigures() throws Exception {
        // The feeds run on past T: the replay must leave those events out.
        Instant end = MONDAY_1800.plus(Duration.ofHours(3));
        FeedFiles.Written written =
                FeedFiles.write(ICS, SEED, MONDAY_0000, end, Long.MAX_VALUE, dir);
        List<FlowEvent> live =
                new Simulator(ICS, SEED, MONDAY_0000)
                        .until(end).stream()
                                .filter(e -> e.eventTime() <= MONDAY_1800.toEpochMilli())
                                .toList();

        // Through JSON text, as the replay's file is, so that numbers compare alike.
        JsonNode expected =
                Json.mapper().readTree(Json.mapper().writeValueAsString(liveSnapshot(live)));
        JsonNode replayed = replay(MONDAY_1800);

        assertThat(written.events()).isGreaterThan(live.size());
        assertThat(replayed.at("/ics/occupiedBeds").asInt()).isGreaterThan(100);
        assertThat(replayed.at("/ics/unknownLocation").asInt()).isZero();
        assertThat(replayed).isEqualTo(expected);
    }

    private static Map<String, Object> liveSnapshot(List<FlowEvent> events) throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(FlinkCluster.noKryo());
        env.setParallelism(2);
        DataStream<FlowEvent> source =
                env.fromData(FlowEvent.class, events.toArray(FlowEvent[]::new))
                        .assignTimestampsAndWatermarks(LivePipeline.watermarks())
                        // A live system at T has seen no later event time.
                        .transform(
                                "clock at T",
                                TypeInformation.of(FlowEvent.class),
                                new ClockStopsAtAsOf(MONDAY_1800.toEpochMilli()));
        List<MetricsUpdate> all = new ArrayList<>();
        try (var updates =
                FlowMetrics.defineWorkflow(source, ICS, MONDAY_1800.toEpochMilli())
                        .executeAndCollect()) {
            updates.forEachRemaining(all::add);
        }
        long t = MONDAY_1800.toEpochMilli();
        return Snapshot.of(ICS, MetricsAtInstant.complete(ICS, all, t), MONDAY_1800, 0);
    }

    private JsonNode replay(Instant asOf) throws IOException {
        Path ics = dir.resolve("ics.yaml");
        try (var demo = IcsLoader.class.getResourceAsStream("/org/flowboard/ics/demo-ics.yaml")) {
            Files.write(ics, demo.readAllBytes());
        }
        Path out = dir.resolve("metrics.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                ReplayCommand.run(
                        new String[] {
                            "--ics", ics.toString(),
                            "--adt", dir.resolve(FeedFiles.ADT).toString(),
                            "--ambulance", dir.resolve(FeedFiles.AMBULANCE).toString(),
                            "--capacity", dir.resolve(FeedFiles.CAPACITY).toString(),
                            "--readiness", dir.resolve(FeedFiles.READINESS).toString(),
                            "--as-of", asOf.toString(),
                            "--out", out.toString()
                        },
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Json.mapper().readTree(out.toFile());
    }
}
