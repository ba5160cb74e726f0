package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.hl7.AdtMessageBuilder.adt;
import static org.flowboard.hl7.RawMllpClient.field;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.ics.IcsLoader;
import org.flowboard.kafka.Topics;
import org.flowboard.privacy.Pseudonymiser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated real-world samples (seeded, so a failure reproduces): every case must get an answer, and
 * the listener must still accept a good message afterwards.
 */
class MllpFuzzTest {

    private static final long SEED = 20260302L;
    private static final int CASES = 2000;
    private static final int MAX_MESSAGE_BYTES = 256 * 1024;

    private static EmbeddedKafka kafka;
    private static MllpListener listener;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(Topics.ALL);
        listener =
                MllpListener.start(
                        IcsLoader.demo(),
                        Pseudonymiser.generate(),
                        Map.of(),
                        kafka.bootstrapServers(),
                        MllpSettings.defaults().withPort(0).withLimits(MAX_MESSAGE_BYTES, 4));
    }

    @AfterAll
    static void stop() {
        listener.close();
        kafka.close();
    }

    @Test
    void everyMutatedMessageIsAnsweredAndTheListenerKeepsServing() throws Exception {
        List<byte[]> samples = new ArrayList<>();
        for (Path file : Fixtures.accepted()) {
            samples.add(Fixtures.bytes(file));
        }
        for (Path file : Fixtures.rejected()) {
            samples.add(Fixtures.bytes(file));
        }
        Random random = new Random(SEED);
        Map<String, Integer> answers = new TreeMap<>();
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            for (int i = 0; i < CASES; i++) {
                byte[] sample = samples.get(random.nextInt(samples.size()));
                byte[] mutated =
                        withoutFramingBytes(
                                FuzzMutations.mutate(sample, random, MAX_MESSAGE_BYTES));
                String ack = raw.send(mutated);
                String code = field(ack, "MSA", 1);
                assertThat(code).as("case %d", i).isIn("AA", "AE", "AR");
                answers.merge(code, 1, Integer::sum);
            }
            String good = adt("A01").controlId("AFTER-FUZZ").build();
            assertThat(field(raw.send(good), "MSA", 1)).isEqualTo("AA");
        }
        try (RawMllpClient fresh = new RawMllpClient(listener.port())) {
            String good = adt("A03").controlId("AFTER-FUZZ-2").build();
            assertThat(field(fresh.send(good), "MSA", 1)).isEqualTo("AA");
        }
        assertThat(answers.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
        LoggerHolder.LOG.info("fuzz answers by code: {}", answers);
    }

    /** MLLP forbids VT and FS inside a message; a sender that sends them breaks the framing. */
    private static byte[] withoutFramingBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == 0x0B || copy[i] == 0x1C) {
                copy[i] = '?';
            }
        }
        return copy;
    }

    private static final class LoggerHolder {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MllpFuzzTest.class);
    }
}
