package org.flowboard.hl7;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded mutations of real messages: what the fuzz tests send and compare. */
final class FuzzMutations {

    private FuzzMutations() {}

    static byte[] mutate(byte[] sample, Random random, int maxMessageBytes) {
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
                    int size = random.nextInt(2 * maxMessageBytes);
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

    private static byte[] slice(byte[] bytes, int length) {
        byte[] copy = new byte[length];
        System.arraycopy(bytes, 0, copy, 0, length);
        return copy;
    }
}
