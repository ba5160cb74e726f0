package org.flowboard.jobs.replay;

import org.apache.flink.api.common.functions.Partitioner;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Sends every raw record of one encounter (or ambulance incident) to the same parser, so that the
 * parsers run in parallel and yet an encounter's messages reach the jobs in the order they were
 * recorded, as they do live: DESIGN.md section 6 breaks event-time ties by the order received, and
 * de-duplicates resends by the first one seen.
 *
 * <p>The key is read cheaply from the raw text (PV1-19, else PID-18; a feed line's {@code visit} or
 * {@code incident}), before parsing. A record without one goes with every other such record of its
 * feed, which keeps it ordered too.
 */
final class RouteByEncounter implements KeySelector<RawRecord, String>, Partitioner<String> {

    @Override
    public String getKey(RawRecord record) {
        String text = record.text();
        return switch (record.feed()) {
            case ADT -> {
                String visit = hl7Field(text, "PV1", 19);
                yield visit.isEmpty() ? hl7Field(text, "PID", 18) : visit;
            }
            case READINESS -> jsonString(text, "\"visit\"");
            case AMBULANCE -> jsonString(text, "\"incident\"");
            case CAPACITY -> jsonString(text, "\"ward\"");
        };
    }

    @Override
    public int partition(String key, int partitions) {
        return Math.floorMod(key.hashCode(), partitions);
    }

    /** Field n's first component of the first segment with that name, raw; empty if absent. */
    static String hl7Field(String text, String segment, int n) {
        if (text.length() < 8) {
            return "";
        }
        char fieldSep = text.charAt(3);
        char componentSep = text.charAt(4);
        int start = text.indexOf("\r" + segment + fieldSep);
        if (start < 0) {
            return "";
        }
        int at = start + 4;
        for (int field = 1; field < n; field++) {
            at = indexOfEither(text, fieldSep, '\r', at + 1);
            if (at < 0 || text.charAt(at) == '\r') {
                return "";
            }
        }
        int from = at + 1;
        int to = from;
        while (to < text.length()) {
            char c = text.charAt(to);
            if (c == fieldSep || c == componentSep || c == '\r') {
                break;
            }
            to++;
        }
        return text.substring(from, to).trim();
    }

    private static int indexOfEither(String text, char a, char b, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /** The string value of a top-level JSON member, found textually; empty if not found. */
    static String jsonString(String line, String quotedName) {
        int at = line.indexOf(quotedName);
        if (at < 0) {
            return "";
        }
        int i = at + quotedName.length();
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == ':')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '"') {
            return "";
        }
        int end = line.indexOf('"', i + 1);
        return end < 0 ? "" : line.substring(i + 1, end);
    }
}
