package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.hl7.AdtMessageBuilder.adt;
import static org.flowboard.hl7.RawMllpClient.field;

import java.time.Duration;
import java.util.Map;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.ics.IcsLoader;
import org.flowboard.kafka.Topics;
import org.flowboard.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;

/** The promise behind AA: with the broker gone, a message is answered negatively, never AA. */
class MllpListenerKafkaDownTest {

    @Test
    void withTheBrokerStoppedTheNextMessageGetsANegativeAck() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(Topics.ALL);
        boolean kafkaOpen = true;
        try (MllpListener listener =
                        MllpListener.start(
                                IcsLoader.demo(),
                                Pseudonymiser.generate(),
                                Map.of(),
                                kafka.bootstrapServers(),
                                MllpSettings.defaults()
                                        .withPort(0)
                                        .withKafkaAckTimeout(Duration.ofSeconds(3)));
                RawMllpClient raw = new RawMllpClient(listener.port())) {
            assertThat(field(raw.send(adt("A01").controlId("UP-1").build()), "MSA", 1))
                    .isEqualTo("AA");

            kafka.close();
            kafkaOpen = false;
            String ack = raw.send(adt("A01").controlId("DOWN-1").build());

            assertThat(field(ack, "MSA", 1)).isEqualTo("AR");
            assertThat(field(ack, "MSA", 2)).isEqualTo("DOWN-1");
            assertThat(field(ack, "MSA", 3))
                    .startsWith("could not store the message")
                    .endsWith("resend it later");
            assertThat(listener.feedHealth().sender("PAS/RZZ01").rejected()).isEqualTo(1);
        } finally {
            if (kafkaOpen) {
                kafka.close();
            }
        }
    }
}
