package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.hl7.AdtMessageBuilder.adt;
import static org.flowboard.hl7.RawMllpClient.field;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
                byte[] mutated = withoutFramingBytes(mutate(sample, random));
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

    private static byte[] mutate(byte[] sample, Random random) {
        String text = new String(sample, StandardCharsets.ISO_8859_1);
        switch (random.nextInt(9)) {
            case 0: // truncation
                return slice(sample, random.nextInt(sample.length + 1));
            case 1: // random bytes overwritten
                {
                    byte[] copy = sample.clone();
                    int n = 1 + random.nextInt(20);
                    for (int i = 0; i < n; i++) {
                        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                    }
                    return copy;
                }
            case 2: // pure noise
                {
                    byte[] noise = new byte[random.nextInt(2000)];
                    random.nextBytes(noise);
                    return noise;
                }
            case 3: // wrong delimiters
                {
                    char[] from = {'|', '^', '~', '&', '\r'};
                    char[] to = {'#', '|', '^', '\n', '!', '\\'};
                    return text.replace(
                                    from[random.nextInt(from.length)],
                                    to[random.nextInt(to.length)])
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
            case 4: // a huge field, sometimes over the size limit
                {
                    int at = random.nextInt(text.length());
                    int size = random.nextInt(2 * MAX_MESSAGE_BYTES);
                    return (text.substring(0, at) + "Z".repeat(size) + text.substring(at))
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
            case 5: // bad encodings: invalid UTF-8, UTF-16, stray multi-byte sequences
                {
                    if (random.nextBoolean()) {
                        return text.getBytes(StandardCharsets.UTF_16);
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(sample);
                    int at = random.nextInt(sample.length);
                    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82, (byte) 0xFF};
                    byte[] result = out.toByteArray();
                    byte[] spliced = new byte[result.length + bad.length];
                    System.arraycopy(result, 0, spliced, 0, at);
                    System.arraycopy(bad, 0, spliced, at, bad.length);
                    System.arraycopy(result, at, spliced, at + bad.length, result.length - at);
                    return spliced;
                }
            case 6: // segments shuffled or dropped
                {
                    List<String> segments = new ArrayList<>(List.of(text.split("\r")));
                    if (random.nextBoolean() && segments.size() > 1) {
                        segments.remove(random.nextInt(segments.size()));
                    } else {
                        java.util.Collections.shuffle(segments, random);
                    }
                    return String.join("\r", segments).getBytes(StandardCharsets.ISO_8859_1);
                }
            case 7: // a field emptied or filled with junk
                {
                    String[] fields = text.split("\\|", -1);
                    int f = random.nextInt(fields.length);
                    fields[f] = random.nextBoolean() ? "" : "\\X00\\&&^^~~\\";
                    return String.join("|", fields).getBytes(StandardCharsets.ISO_8859_1);
                }
            default: // empty or nearly empty
                return slice(sample, random.nextInt(8));
        }
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

    private static byte[] slice(byte[] bytes, int length) {
        byte[] copy = new byte[length];
        System.arraycopy(bytes, 0, copy, 0, length);
        return copy;
    }

    private static final class LoggerHolder {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MllpFuzzTest.class);
    }
}
