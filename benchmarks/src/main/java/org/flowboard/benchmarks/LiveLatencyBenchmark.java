package org.flowboard.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.embedded.RedisServer;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.LivePipeline;
import org.flowboard.jobs.LiveSettings;
import org.flowboard.kafka.Topics;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;

/**
 * Live latency: from an event written to {@code flow.events} to its figure published by Redis,
 * through the live job graph on a MiniCluster, a real broker and a real redis-server. Each measured
 * event is an admission at a later event time than any before, so the site's occupancy update that
 * carries that event time is the one it caused.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.flowboard.benchmarks.LiveLatencyBenchmark \
 *     [events] [events per second]</pre>
 */
public final class LiveLatencyBenchmark {

    private LiveLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Ics ics = IcsLoader.demo();
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[events];
        CountDownLatch seen = new CountDownLatch(events);
        Map<Long, Integer> index = new ConcurrentHashMap<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(Topics.ALL);
                RedisServer redis = RedisServer.start();
                MetricsStore store = new MetricsStore(redis.url());
                MetricsStore.Subscription subscription =
                        store.subscribe(
                                update -> {
                                    long now = System.nanoTime();
                                    if (isNorthgateOccupancy(update)) {
                                        Long sent = sentAt.remove(update.asOf());
                                        if (sent != null) {
                                            latencies[index.get(update.asOf())] = now - sent;
                                            seen.countDown();
                                        }
                                    }
                                });
                KafkaProducer<String, FlowEvent> producer =
                        new KafkaProducer<>(
                                Map.of(
                                        "bootstrap.servers",
                                        kafka.bootstrapServers(),
                                        "acks",
                                        "all",
                                        "linger.ms",
                                        0),
                                new StringSerializer(),
                                Topics.EVENTS.valueSerde().serializer())) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
            LivePipeline.define(
                    env, ics, new LiveSettings(kafka.bootstrapServers(), redis.url(), "latency"));
            JobClient job = env.executeAsync("latency");
            try {
                // Warm up: the job starts and reads the topic; figures must be flowing first.
                Instant base = Instant.now().minus(Duration.ofHours(1));
                for (int i = 0; i < 200; i++) {
                    producer.send(record(admit("warm" + i, base.plusMillis(i)))).get();
                }
                Thread.sleep(15_000);
                long pause = 1_000_000_000L / perSecond;
                long next = System.nanoTime();
                for (int i = 0; i < events; i++) {
                    long eventTime = base.plus(Duration.ofMinutes(1)).toEpochMilli() + i;
                    index.put(eventTime, i);
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    next += pause;
                    sentAt.put(eventTime, System.nanoTime());
                    producer.send(record(admit("m" + i, Instant.ofEpochMilli(eventTime))));
                }
                boolean all = seen.await(60, TimeUnit.SECONDS);
                long[] got = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
                System.out.printf(
                        "live latency, event written to flow.events -> figure published by Redis:"
                                + " %d events at %d/s, %d seen%s%n",
                        events, perSecond, got.length, all ? "" : " (some never seen)");
                System.out.printf(
                        "ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                        ms(got, 0.50), ms(got, 0.90), ms(got, 0.99), got[got.length - 1] / 1e6);
            } finally {
                job.cancel().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean isNorthgateOccupancy(MetricsUpdate update) {
        return MetricsUpdate.SITE.equals(update.scope())
                && "RZZ01".equals(update.id())
                && "occupancy".equals(update.group());
    }

    private static FlowEvent admit(String id, Instant at) {
        return FlowEvent.admit(id, "RZZ01", "enc-" + id, "NG-A1", null, at);
    }

    private static ProducerRecord<String, FlowEvent> record(FlowEvent event) {
        return new ProducerRecord<>(Topics.EVENTS.name(), event.site(), event);
    }

    private static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
