package org.flowboard.hl7;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The MSH fields read straight from the text, without HAPI, with the message's own delimiters. It
 * exists so that every message gets an ACK that mirrors its control id and swaps sender and
 * receiver, even one that HAPI cannot parse.
 */
record MshHeader(boolean present, List<String> fields, char componentSeparator) {

    private static final MshHeader ABSENT = new MshHeader(false, List.of(), '^');

    static MshHeader parse(String normalisedText) {
        if (normalisedText.length() < 8 || !normalisedText.startsWith("MSH")) {
            return ABSENT;
        }
        char fieldSeparator = normalisedText.charAt(3);
        if (Character.isLetterOrDigit(fieldSeparator) || Character.isWhitespace(fieldSeparator)) {
            return ABSENT;
        }
        int end = normalisedText.indexOf('\r');
        String segment = end < 0 ? normalisedText : normalisedText.substring(0, end);
        List<String> fields = split(segment, fieldSeparator);
        String encoding = fields.size() > 1 ? fields.get(1) : "";
        char component = encoding.isEmpty() ? '^' : encoding.charAt(0);
        return new MshHeader(true, Collections.unmodifiableList(fields), component);
    }

    /** MSH-n as sent (MSH-1 is the field separator itself, so MSH-n sits at index n - 1). */
    String field(int n) {
        int i = n - 1;
        return present && i >= 1 && i < fields.size() ? fields.get(i) : "";
    }

    /** The components of MSH-n, with the message's component separator. */
    List<String> components(int n) {
        return split(field(n), componentSeparator);
    }

    /** Component c (1-based) of MSH-n, or empty. */
    String component(int n, int c) {
        // Found in place rather than by components(n): every message asks for three of them.
        String field = field(n);
        int from = 0;
        for (int i = 1; i < c; i++) {
            int at = field.indexOf(componentSeparator, from);
            if (at < 0) {
                return "";
            }
            from = at + 1;
        }
        int to = field.indexOf(componentSeparator, from);
        return field.substring(from, to < 0 ? field.length() : to).trim();
    }

    String controlId() {
        return field(10).trim();
    }

    String sendingFacility() {
        return component(4, 1);
    }

    /**
     * Who sent it, as {@code application/facility} (MSH-3.1 / MSH-4.1): the unit for
     * de-duplication, feed health and source ids, because control ids are unique per sending
     * system.
     */
    String sender() {
        String app = component(3, 1);
        String facility = component(4, 1);
        if (app.isEmpty() && facility.isEmpty()) {
            return "unknown";
        }
        return app + "/" + facility;
    }

    /** The id events from this message carry, and the de-duplication key: sender and MSH-10. */
    String sourceId() {
        return sender() + "|" + controlId();
    }

    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }
}
