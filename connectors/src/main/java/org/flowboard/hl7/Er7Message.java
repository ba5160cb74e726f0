package org.flowboard.hl7;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small, strict reader of HL7 v2 ER7 (pipe) text: segments, fields, repetitions, components and
 * sub-components split with the message's own encoding characters (MSH-1, MSH-2), and the five
 * delimiter escapes undone. It reads fields in place, without building a message model, which is
 * what makes a bulk replay fast (HAPI's PipeParser manages 1–2k messages a second per thread here).
 *
 * <p>Strict means: a message outside the plain subset this reader is sure to read exactly as HAPI
 * does is not read at all ({@link #parse} returns null, or {@link #get} throws {@link NotStrict}),
 * and the caller hands it to HAPI, the reference. Outside the subset: encoding characters other
 * than four distinct ones, an unknown version, control characters, a malformed segment name, OBX
 * segments (HAPI types OBX-5 from OBX-2 and refuses bad types), MSH/EVN/PID/PV1 repeated or out of
 * their structure order, other segments where HAPI's structures would move them ({@link
 * #fitsBetween}), no MSH-9.2 trigger, and any escape sequence other than {@code \F\ \S\ \T\ \R\
 * \E\}.
 */
final class Er7Message {

    /** The versions HAPI 2.6 parses (it refuses others). */
    private static final Set<String> VERSIONS =
            Set.of(
                    "2.1", "2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1",
                    "2.8", "2.8.1");

    /** Segments read by the mapper, in the order every ADT structure has them. */
    private static final String[] ORDERED = {"MSH", "EVN", "PID", "PV1"};

    private final String text;
    private final char fieldSep;
    private final char componentSep;
    private final char repetitionSep;
    private final char escapeChar;
    private final char subcomponentSep;

    /** Start and end offsets of the first MSH, EVN, PID and PV1 segment; -1 when absent. */
    private final int[] starts = {-1, -1, -1, -1};

    private final int[] ends = {-1, -1, -1, -1};

    private Er7Message(String text, char[] delimiters) {
        this.text = text;
        this.fieldSep = delimiters[0];
        this.componentSep = delimiters[1];
        this.repetitionSep = delimiters[2];
        this.escapeChar = delimiters[3];
        this.subcomponentSep = delimiters[4];
    }

    /**
     * Reads a message normalised by {@link Hl7Text#normalise} (segments separated by CR); null when
     * it is outside the strict subset.
     */
    static @Nullable Er7Message parse(String text) {
        if (text.length() < 9 || !text.startsWith("MSH")) {
            return null;
        }
        char field = text.charAt(3);
        char[] delimiters = {field, text.charAt(4), text.charAt(5), text.charAt(6), text.charAt(7)};
        for (int i = 0; i < delimiters.length; i++) {
            char c = delimiters[i];
            if (c < 0x21 || c > 0x7E || Character.isLetterOrDigit(c)) {
                return null;
            }
            for (int j = 0; j < i; j++) {
                if (delimiters[j] == c) {
                    return null;
                }
            }
        }
        if (text.charAt(8) != field) {
            return null;
        }
        Er7Message message = new Er7Message(text, delimiters);
        return message.indexSegments() && message.knownVersion() && message.hasTrigger()
                ? message
                : null;
    }

    private boolean indexSegments() {
        int order = 0;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length) {
                char c = text.charAt(end);
                if (c == '\r') {
                    break;
                }
                if (c < 0x20 && c != '\t') {
                    return false;
                }
                end++;
            }
            if (!validName(start, end)) {
                return false;
            }
            int which = segmentIndex(start);
            if (which >= 0) {
                if (starts[which] >= 0 || which < order) {
                    return false;
                }
                order = which;
                starts[which] = start;
                ends[which] = end;
            } else if (!fitsBetween(start, order)) {
                return false;
            }
            start = end + 1;
        }
        return starts[0] == 0;
    }

    /**
     * Whether another segment sits where every ADT structure has room for it, so that HAPI places
     * MSH, EVN, PID and PV1 where the reader finds them: software ids before EVN; additional
     * demographics, roles, next of kin and Z-segments between PID and PV1; anything but OBX after
     * PV1.
     */
    private boolean fitsBetween(int start, int lastOrdered) {
        char a = text.charAt(start);
        char b = text.charAt(start + 1);
        char c = text.charAt(start + 2);
        return switch (lastOrdered) {
            case 0 -> a == 'S' && b == 'F' && c == 'T';
            case 1 -> false;
            case 2 ->
                    (a == 'P' && b == 'D' && c == '1')
                            || (a == 'R' && b == 'O' && c == 'L')
                            || (a == 'N' && b == 'K' && c == '1')
                            || a == 'Z';
            default -> !(a == 'O' && b == 'B' && c == 'X');
        };
    }

    private boolean validName(int start, int end) {
        if (end - start < 3 || (end - start > 3 && text.charAt(start + 3) != fieldSep)) {
            return false;
        }
        char first = text.charAt(start);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        for (int i = start + 1; i < start + 3; i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** Which of MSH, EVN, PID and PV1 the segment at {@code start} is; -1 for another. */
    private int segmentIndex(int start) {
        char a = text.charAt(start);
        char b = text.charAt(start + 1);
        char c = text.charAt(start + 2);
        if (a == 'M' && b == 'S' && c == 'H') {
            return 0;
        }
        if (a == 'E' && b == 'V' && c == 'N') {
            return 1;
        }
        if (a == 'P' && b == 'I' && c == 'D') {
            return 2;
        }
        return a == 'P' && b == 'V' && c == '1' ? 3 : -1;
    }

    /** HAPI refuses a message whose structure it cannot tell from MSH-9; such cases go to it. */
    private boolean hasTrigger() {
        try {
            return !get("MSH", 9, 2, 1).trim().isEmpty();
        } catch (NotStrict e) {
            return false;
        }
    }

    private boolean knownVersion() {
        try {
            return VERSIONS.contains(get("MSH", 12, 1, 1).trim());
        } catch (NotStrict e) {
            return false;
        }
    }

    /**
     * The first repetition's component and sub-component (all 1-based) of a field of the first
     * segment with that name, unescaped; empty when absent. MSH-n counts MSH-1 as the field
     * separator, as the standard does.
     *
     * @throws NotStrict when the value holds an escape this reader does not undo
     */
    String get(String segment, int field, int component, int subcomponent) {
        int which = indexOf(segment);
        int start = starts[which];
        if (start < 0) {
            return "";
        }
        int end = ends[which];
        if (end <= start + 3) {
            return "";
        }
        // The separator after the name precedes field 1, or MSH-2 (MSH-1 is that separator).
        int skip = which == 0 ? field - 2 : field - 1;
        int from = nth(start + 3, end, fieldSep, skip);
        if (from < 0) {
            return "";
        }
        int to = next(from, end, fieldSep);
        to = Math.min(to, next(from, to, repetitionSep));
        from = nth(from - 1, to, componentSep, component - 1);
        if (from < 0) {
            return "";
        }
        to = next(from, to, componentSep);
        from = nth(from - 1, to, subcomponentSep, subcomponent - 1);
        if (from < 0) {
            return "";
        }
        to = next(from, to, subcomponentSep);
        return unescape(from, to);
    }

    private static int indexOf(String segment) {
        for (int i = 0; i < ORDERED.length; i++) {
            if (ORDERED[i].equals(segment)) {
                return i;
            }
        }
        throw new IllegalArgumentException("segment " + segment + " is not read by this reader");
    }

    /**
     * The offset just after the {@code count}-th {@code sep} found from {@code pos} (the position
     * of a separator, or one before the value when count is 0); -1 if there are fewer.
     */
    private int nth(int pos, int end, char sep, int count) {
        int at = pos;
        for (int i = 0; i < count; i++) {
            at = next(at + 1, end, sep);
            if (at >= end) {
                return -1;
            }
        }
        return at + 1;
    }

    private int next(int from, int end, char sep) {
        // String.indexOf scans many characters at a time; a charAt loop was a tenth of a replay.
        int at = from < end ? text.indexOf(sep, from) : -1;
        return at < 0 || at >= end ? end : at;
    }

    private String unescape(int from, int to) {
        int escape = next(from, to, escapeChar);
        if (escape == to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != escapeChar) {
                out.append(c);
                i++;
                continue;
            }
            if (i + 2 >= to || text.charAt(i + 2) != escapeChar) {
                throw new NotStrict();
            }
            out.append(
                    switch (text.charAt(i + 1)) {
                        case 'F' -> fieldSep;
                        case 'S' -> componentSep;
                        case 'T' -> subcomponentSep;
                        case 'R' -> repetitionSep;
                        case 'E' -> escapeChar;
                        default -> throw new NotStrict();
                    });
            i += 3;
        }
        return out.toString();
    }

    /** The value is outside what this reader reads exactly as HAPI does: ask HAPI. */
    static final class NotStrict extends RuntimeException {
        NotStrict() {
            super("outside the strict ER7 subset", null, false, false);
        }
    }
}
