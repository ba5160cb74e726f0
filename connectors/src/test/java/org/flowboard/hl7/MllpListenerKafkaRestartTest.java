package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.hl7.AdtMessageBuilder.adt;
import static org.flowboard.hl7.RawMllpClient.field;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.IcsLoader;
import org.flowboard.kafka.Topics;
import org.flowboard.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;

/**
 * Nothing answered {@code AA} is lost when the broker goes down and comes back mid-stream: the
 * sender loop resends whatever was answered {@code AR}, as an interface engine does.
 */
class MllpListenerKafkaRestartTest {

    private static final int MESSAGES = 40;
    private static final int STOP_AFTER = 10;
    private static final int RESTART_AFTER_REFUSALS = 3;

    @Test
    void everyMessageAnsweredAaIsInFlowEventsAfterARestart() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        int refusals = 0;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(Topics.ALL);
                MllpListener listener =
                        MllpListener.start(
                                IcsLoader.demo(),
                                Pseudonymiser.generate(),
                                Map.of(),
                                kafka.bootstrapServers(),
                                MllpSettings.defaults()
                                        .withPort(0)
                                        .withKafkaAckTimeout(Duration.ofSeconds(2)));
                RawMllpClient sender = new RawMllpClient(listener.port())) {
            CompletableFuture<Void> restart = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            for (int i = 1; i <= MESSAGES; i++) {
                if (i == STOP_AFTER + 1) {
                    kafka.stop();
                }
                String controlId = "RS-" + i;
                String message = adt("A01").controlId(controlId).visit("RV" + i).build();
                while (true) {
                    assertThat(System.nanoTime()).as("all sent within 3 min").isLessThan(deadline);
                    String ack = sender.send(message);
                    assertThat(field(ack, "MSA", 2)).isEqualTo(controlId);
                    if (field(ack, "MSA", 1).equals("AA")) {
                        acknowledged.add(controlId);
                        break;
                    }
                    assertThat(field(ack, "MSA", 1)).isEqualTo("AR");
                    refusals++;
                    if (refusals == RESTART_AFTER_REFUSALS) {
                        // Restarted while the sender keeps resending, as in a real outage.
                        restart = CompletableFuture.runAsync(kafka::restart);
                    }
                    Thread.sleep(100); // a sender's resend interval, not a wait for an outcome
                }
            }
            assertThat(restart).isNotNull();
            restart.join();

            Set<String> stored =
                    TopicReader.readAll(kafka.bootstrapServers(), Topics.EVENTS.name()).stream()
                            .map(r -> event(r.value()).sourceId())
                            .collect(Collectors.toSet());
            assertThat(acknowledged).hasSize(MESSAGES);
            assertThat(refusals).isGreaterThanOrEqualTo(RESTART_AFTER_REFUSALS);
            assertThat(stored)
                    .containsAll(acknowledged.stream().map(id -> "PAS/RZZ01|" + id).toList());
        }
    }

    private static FlowEvent event(byte[] json) {
        return Topics.EVENTS.valueSerde().deserializer().deserialize(Topics.EVENTS.name(), json);
    }
}
