package org.flowboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.IcsLoader;
import org.flowboard.kafka.Topics;
import org.junit.jupiter.api.Test;

class SimulatorRunnerTest {

    /** A simulated hour a second: the census, then some live hours, within a short test. */
    private static final double HOUR_PER_SECOND = 3600;

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void writesTheCensusAtOnceThenLiveEventsKeyedBySiteAndStopsWhenClosed() {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(Topics.ALL)) {
            Instant before = Instant.now();
            SimulatorRunner runner =
                    SimulatorRunner.start(
                            IcsLoader.demo(), kafka.bootstrapServers(), 7, HOUR_PER_SECOND);
            List<ConsumerRecord<String, FlowEvent>> got = new ArrayList<>();
            try (KafkaConsumer<String, FlowEvent> consumer = consumer(kafka)) {
                consumer.subscribe(List.of(Topics.EVENTS.name()));
                long deadline = System.nanoTime() + DEADLINE.toNanos();
                while (!hasCensusAndLiveEvents(got, before) && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(got::add);
                }
            } finally {
                runner.close();
            }
            assertThat(runner.isAlive()).isFalse();
            assertThat(runner.written()).isGreaterThanOrEqualTo(got.size());
            assertThat(hasCensusAndLiveEvents(got, before)).as("%d events", got.size()).isTrue();
            assertThat(got).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().site()));
            // Stamped when written, not when simulated.
            assertThat(got)
                    .allSatisfy(
                            r ->
                                    assertThat(r.value().receivedAt())
                                            .isGreaterThanOrEqualTo(before.toEpochMilli()));
        }
    }

    @Test
    void refusesASpeedThatIsNotPositive() {
        assertThatThrownBy(() -> SimulatorRunner.start(IcsLoader.demo(), "127.0.0.1:1", 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean hasCensusAndLiveEvents(
            List<ConsumerRecord<String, FlowEvent>> got, Instant started) {
        long census = got.stream().filter(r -> r.value().eventInstant().isBefore(started)).count();
        long live =
                got.stream()
                        .filter(r -> r.value().eventInstant().isAfter(started.plusSeconds(3600)))
                        .count();
        return census >= 500 && live >= 10;
    }

    private static KafkaConsumer<String, FlowEvent> consumer(EmbeddedKafka kafka) {
        return new KafkaConsumer<>(
                Map.of(
                        "bootstrap.servers", kafka.bootstrapServers(),
                        "group.id", "simulator-runner-test",
                        "auto.offset.reset", "earliest"),
                new StringDeserializer(),
                Topics.EVENTS.valueSerde().deserializer());
    }
}
