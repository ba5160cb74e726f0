package org.flowboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0800;
import static org.flowboard.jobs.occupancy.TestEvents.AT_0900;
import static org.flowboard.jobs.occupancy.TestEvents.AT_1000;
import static org.flowboard.jobs.occupancy.TestIcs.A1;
import static org.flowboard.jobs.occupancy.TestIcs.B1;
import static org.flowboard.jobs.occupancy.TestIcs.NORTH;
import static org.flowboard.jobs.occupancy.TestIcs.SOUTH;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.embedded.RedisServer;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.occupancy.TestEvents;
import org.flowboard.jobs.occupancy.TestIcs;
import org.flowboard.kafka.Topics;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The live graph end to end: a real broker, a real redis-server and a Flink MiniCluster. */
class LivePipelineTest {

    @RegisterExtension static final MiniClusterExtension FLINK = FlinkCluster.extension();

    // Generous: the machine is shared; the figures normally appear within seconds.
    private static final Duration DEADLINE = Duration.ofSeconds(120);

    private static EmbeddedKafka kafka;
    private static RedisServer redis;

    @BeforeAll
    static void startKafkaAndRedis() {
        kafka = EmbeddedKafka.start(Topics.ALL);
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopKafkaAndRedis() {
        if (kafka != null) {
            kafka.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void eventsOnFlowEventsBecomeOccupancyInRedisAndOnFlowMetrics() throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(FlinkCluster.noKryo());
        env.setParallelism(1);
        // With the demo's OPEL table, so the live graph scores the sites as well.
        Ics ics =
                new Ics(
                        TestIcs.ICS_FILE.code(),
                        TestIcs.ICS_FILE.name(),
                        TestIcs.ICS_FILE.timezone(),
                        TestIcs.ICS_FILE.sites(),
                        IcsLoader.demo().escalation());
        LivePipeline.define(
                env,
                ics,
                new LiveSettings(kafka.bootstrapServers(), redis.url(), "live-pipeline-test"));
        JobClient job = env.executeAsync("live pipeline test");
        try (MetricsStore store = new MetricsStore(redis.url())) {
            TestEvents north = TestEvents.at(NORTH);
            TestEvents south = TestEvents.at(SOUTH);
            FlowEvent admit = north.admit("n1", A1, AT_0800);
            produce(
                    List.of(
                            admit,
                            north.admit("n2", A1, AT_0800),
                            north.discharge("n2", AT_1000),
                            // Arrives after the discharge but happened before it.
                            north.transfer("n2", A1, AT_0900),
                            TestEvents.redelivered(admit),
                            north.capacity(A1, 8, 0, AT_0900),
                            south.admit("s1", B1, AT_0900)));

            MetricsUpdate site = awaitInRedis(store, isSite(NORTH, 18, 1));
            assertThat(site.asOf()).isEqualTo(AT_1000.toEpochMilli());
            assertThat(site.fields()).containsEntry("occupancyPct", 5.6);
            awaitInRedis(store, u -> u.scope().equals("ics") && occupied(u) == 2);

            assertThat(awaitOnFlowMetrics(NORTH, isSite(NORTH, 18, 1))).isPresent();
            MetricsUpdate opel =
                    awaitInRedis(
                            store,
                            u ->
                                    u.id().equals(NORTH)
                                            && u.group().equals("escalation")
                                            && u.fields().toString().contains("value=5.6"));
            assertThat(opel.fields().toString()).contains("level=1");
            awaitInRedis(store, u -> u.scope().equals("ics") && u.group().equals("escalation"));
        } finally {
            job.cancel().get();
        }
    }

    private static Predicate<MetricsUpdate> isSite(String site, int open, int occupied) {
        return u ->
                u.scope().equals("site")
                        && u.id().equals(site)
                        && u.group().equals("occupancy")
                        && Integer.valueOf(open).equals(u.fields().get("openBeds"))
                        && occupied(u) == occupied;
    }

    private static int occupied(MetricsUpdate update) {
        Object value = update.fields().get("occupiedBeds");
        return value instanceof Integer n ? n : -1;
    }

    private static void produce(List<FlowEvent> events) throws Exception {
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(
                        Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            // A record that is no canonical event: the job must skip it, not fail.
            producer.send(
                            new ProducerRecord<>(
                                    Topics.EVENTS.name(),
                                    NORTH,
                                    "not json".getBytes(StandardCharsets.UTF_8)))
                    .get();
            for (FlowEvent event : events) {
                byte[] value =
                        Topics.EVENTS
                                .valueSerde()
                                .serializer()
                                .serialize(Topics.EVENTS.name(), event);
                producer.send(new ProducerRecord<>(Topics.EVENTS.name(), event.site(), value))
                        .get();
            }
        }
    }

    private static MetricsUpdate awaitInRedis(MetricsStore store, Predicate<MetricsUpdate> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        List<MetricsUpdate> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = store.readAll();
            Optional<MetricsUpdate> found = seen.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not in Redis within " + DEADLINE + "; last seen: " + seen);
    }

    private static Optional<MetricsUpdate> awaitOnFlowMetrics(
            String key, Predicate<MetricsUpdate> wanted) {
        try (KafkaConsumer<String, MetricsUpdate> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                "bootstrap.servers", kafka.bootstrapServers(),
                                "group.id", "live-pipeline-test-reader",
                                "auto.offset.reset", "earliest"),
                        new StringDeserializer(),
                        Topics.METRICS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.METRICS.name()));
            List<ConsumerRecord<String, MetricsUpdate>> got = new ArrayList<>();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, MetricsUpdate> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals(key) && wanted.test(record.value())) {
                        return Optional.of(record.value());
                    }
                    got.add(record);
                }
            }
            return Optional.empty();
        }
    }
}
