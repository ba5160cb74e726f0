package org.flowboard.dashboard.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.kafka.Topics;

/**
 * One real broker for the Spring tests of this JVM that share an application context (like {@code
 * TestRedis}), and reading a topic to its current end: the endpoints answer only after Kafka
 * acknowledged, so everything they wrote is below those offsets.
 */
final class TestKafka {

    private static EmbeddedKafka broker;

    private TestKafka() {}

    static synchronized String bootstrap() {
        if (broker == null) {
            broker = EmbeddedKafka.start(Topics.ALL);
            EmbeddedKafka started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return broker.bootstrapServers();
    }

    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        Map<String, Object> config =
                Map.of(
                        "bootstrap.servers",
                        bootstrap,
                        "group.id",
                        "test-" + UUID.randomUUID(),
                        "enable.auto.commit",
                        false);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(
                        config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!end.entrySet().stream()
                    .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end in 30 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
