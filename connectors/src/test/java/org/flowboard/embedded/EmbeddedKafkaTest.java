package org.flowboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flowboard.events.FlowEvent;
import org.flowboard.kafka.Topics;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    private static final java.time.Instant AT_0800 =
            java.time.Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aStartedBrokerCarriesCanonicalEventsThroughTheirSerde() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(Topics.ALL)) {
            FlowEvent admit = FlowEvent.admit("MSG1", "RZZ01", "enc-1", "NG-A1", "B1", AT_0800);
            try (KafkaProducer<String, FlowEvent> producer =
                    new KafkaProducer<>(
                            Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                            new StringSerializer(),
                            Topics.EVENTS.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(Topics.EVENTS.name(), "RZZ01", admit)).get();
            }
            try (KafkaConsumer<String, FlowEvent> consumer =
                    new KafkaConsumer<>(
                            Map.of(
                                    "bootstrap.servers", kafka.bootstrapServers(),
                                    "group.id", "test",
                                    "auto.offset.reset", "earliest"),
                            new StringDeserializer(),
                            Topics.EVENTS.valueSerde().deserializer())) {
                consumer.subscribe(List.of(Topics.EVENTS.name()));
                List<ConsumerRecord<String, FlowEvent>> got = new java.util.ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (got.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(got::add);
                }
                assertThat(got)
                        .singleElement()
                        .satisfies(
                                r -> {
                                    assertThat(r.key()).isEqualTo("RZZ01");
                                    assertThat(r.value()).isEqualTo(admit);
                                });
            }
        }
    }
}
