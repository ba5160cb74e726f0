package org.flowboard.hl7;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text-level helpers shared by the mapper, the header reader and the ACK builder. */
final class Hl7Text {

    private Hl7Text() {}

    /**
     * Segment separators to CR (senders use CR, LF or CRLF), a leading byte-order mark and blank
     * lines dropped, so that everything after this sees the standard form.
     */
    static String normalise(String text) {
        if (isNormal(text)) {
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end == text.length() ? text : text.substring(0, end);
        }
        String s = text.replace("\r\n", "\r").replace('\n', '\r');
        int start = 0;
        while (start < s.length()
                && (s.charAt(start) == '\uFEFF' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        int end = s.length();
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end).replaceAll("\r+", "\r");
    }

    /**
     * In the standard form but for trailing whitespace (the common case: CR-separated segments),
     * checked without copying.
     */
    private static boolean isNormal(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == '\uFEFF' || Character.isWhitespace(text.charAt(0))) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && previous == '\r')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * The charset a message was sent in: UTF-8 when the bytes are valid UTF-8 (ASCII included),
     * else ISO-8859-1, which decodes any byte. MSH-18 is not trusted: senders rarely fill it and
     * often fill it wrongly.
     */
    static Charset charsetOf(byte[] raw) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /**
     * A value made safe to put into one component of an outgoing message with the standard
     * delimiters: delimiters escaped, control characters blanked, length capped.
     */
    static String escape(String value, int maxLength) {
        String v = value.length() > maxLength ? value.substring(0, maxLength) : value;
        StringBuilder out = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\E\\");
                case '|' -> out.append("\\F\\");
                case '^' -> out.append("\\S\\");
                case '&' -> out.append("\\T\\");
                case '~' -> out.append("\\R\\");
                default -> out.append(c < 0x20 || c == 0x7F ? ' ' : c);
            }
        }
        return out.toString();
    }
}
