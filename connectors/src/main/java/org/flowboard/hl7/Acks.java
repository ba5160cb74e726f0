package org.flowboard.hl7;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds original-mode ACKs from the raw MSH (never from HAPI's model), so that a message HAPI
 * cannot parse is still answered with its own control id in MSA-2. The ACK always uses the standard
 * delimiters; every mirrored value is escaped and capped.
 */
final class Acks {

    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ").withZone(ZoneOffset.UTC);
    private static final Pattern VERSION = Pattern.compile("2\\.[1-8](\\.\\d)?");
    private static final Pattern TRIGGER = Pattern.compile("[A-Z0-9]{3}");
    private static final int MAX_MIRRORED = 199;
    private static final int MAX_TEXT = 500;

    private final AtomicLong sequence = new AtomicLong();

    String accept(MshHeader in, Instant now) {
        return build(in, "AA", null, null, now);
    }

    String refuse(MshHeader in, Refusal refusal, String reason, Instant now) {
        return build(in, refusal.ackCode(), refusal, reason, now);
    }

    private String build(
            MshHeader in,
            String code,
            @Nullable Refusal refusal,
            @Nullable String reason,
            Instant now) {
        String version = in.component(12, 1);
        String trigger = in.component(9, 2);
        String processing = in.component(11, 1);
        StringBuilder ack = new StringBuilder(256);
        ack.append("MSH|^~\\&|")
                .append(orDefault(mirror(in, 5), "FLOWBOARD"))
                .append('|')
                .append(mirror(in, 6))
                .append('|')
                .append(mirror(in, 3))
                .append('|')
                .append(mirror(in, 4))
                .append('|')
                .append(TS.format(now))
                .append("||ACK")
                .append(TRIGGER.matcher(trigger).matches() ? "^" + trigger + "^ACK" : "")
                .append('|')
                .append("FB")
                .append(Long.toString(now.toEpochMilli(), 36).toUpperCase())
                .append(sequence.incrementAndGet())
                .append('|')
                .append(processing.matches("[PTD]") ? processing : "P")
                .append('|')
                .append(VERSION.matcher(version).matches() ? version : "2.5.1")
                .append('\r');
        ack.append("MSA|")
                .append(code)
                .append('|')
                .append(Hl7Text.escape(in.controlId(), MAX_MIRRORED));
        if (reason != null) {
            ack.append('|').append(Hl7Text.escape(reason, MAX_TEXT));
        }
        ack.append('\r');
        if (refusal != null && reason != null) {
            String cwe = refusal.errorCode() + "^" + refusal.errorText() + "^HL70357";
            ack.append("ERR|^^^")
                    .append(cwe.replace('^', '&'))
                    .append("||")
                    .append(cwe)
                    .append("|E||||")
                    .append(Hl7Text.escape(reason, MAX_TEXT))
                    .append('\r');
        }
        return ack.toString();
    }

    /** MSH-n of the incoming message re-encoded with the standard delimiters. */
    private static String mirror(MshHeader in, int n) {
        List<String> components = in.components(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < components.size() && i < 3; i++) {
            if (i > 0) {
                out.append('^');
            }
            out.append(Hl7Text.escape(components.get(i), MAX_MIRRORED));
        }
        return out.toString().replaceAll("\\^+$", "");
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
