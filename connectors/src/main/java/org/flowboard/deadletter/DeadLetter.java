package org.flowboard.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.flowboard.kafka.Topics;

/**
 * The shape of a record on {@code flow.deadletter}: the refused message's raw bytes as the value,
 * keyed by sender, with who sent it, why it was refused and when it arrived in headers (UTF-8).
 * Every connector writes refusals through here so that one reader understands them all.
 *
 * <p>The raw bytes may hold patient identifiers: the topic must be access-controlled and have a
 * short retention, like the sending system's own message logs.
 */
public final class DeadLetter {

    public static final String HEADER_SENDER = "sender";
    public static final String HEADER_REASON = "reason";
    public static final String HEADER_RECEIVED_AT = "receivedAt";
    public static final String HEADER_CONNECTOR = "connector";

    private DeadLetter() {}

    public static ProducerRecord<String, byte[]> record(
            String connector, String sender, String reason, Instant receivedAt, byte[] raw) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_CONNECTOR, utf8(connector));
        headers.add(HEADER_SENDER, utf8(sender));
        headers.add(HEADER_REASON, utf8(reason));
        headers.add(HEADER_RECEIVED_AT, utf8(receivedAt.toString()));
        return new ProducerRecord<>(Topics.DEADLETTER, null, sender, raw, headers);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
