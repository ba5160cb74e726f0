package org.flowboard.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON object of a typical feed line, one level of plain members ({@code
 * {"kind":"ambulance.arrived","site":"RZZ01","openCore":26,"criteriaToReside":false}}), into the
 * same tree Jackson builds for it, without Jackson's parser: setting one up per line cost more than
 * the rest of the line in a bulk replay. Only a subset is read: strings without escapes or control
 * characters, integers of up to nine digits without leading zeros, true, false and null, with JSON
 * whitespace between tokens, and nothing after the object. Anything else, valid or not, returns
 * null and goes to Jackson, so results and errors stay Jackson's own.
 */
final class FlatJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String s;
    private int at;

    private FlatJson(String s) {
        this.s = s;
    }

    /** The object as Jackson's tree, or null when the text is outside the subset. */
    static @Nullable ObjectNode parse(String text) {
        return new FlatJson(text).object();
    }

    private @Nullable ObjectNode object() {
        skipSpace();
        if (!take('{')) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        skipSpace();
        if (!take('}')) {
            do {
                skipSpace();
                String name = string();
                if (name == null) {
                    return null;
                }
                skipSpace();
                if (!take(':')) {
                    return null;
                }
                skipSpace();
                JsonNode value = value();
                if (value == null) {
                    return null;
                }
                // A repeated name keeps its last value, as Jackson's tree does.
                node.set(name, value);
                skipSpace();
            } while (take(','));
            if (!take('}')) {
                return null;
            }
        }
        skipSpace();
        return at == s.length() ? node : null;
    }

    private @Nullable JsonNode value() {
        if (at >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        if (c == '"') {
            String text = string();
            return text == null ? null : TextNode.valueOf(text);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return integer();
        }
        if (word("true")) {
            return BooleanNode.TRUE;
        }
        if (word("false")) {
            return BooleanNode.FALSE;
        }
        if (word("null")) {
            return NullNode.getInstance();
        }
        return null;
    }

    private @Nullable String string() {
        if (!take('"')) {
            return null;
        }
        int from = at;
        int end = s.indexOf('"', from);
        if (end < 0) {
            return null;
        }
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c < 0x20) {
                return null;
            }
        }
        at = end + 1;
        return s.substring(from, end);
    }

    /** -?[1-9][0-9]{0,8} or 0, followed by a character that cannot continue a number. */
    private @Nullable JsonNode integer() {
        boolean negative = take('-');
        int from = at;
        while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
            at++;
        }
        int digits = at - from;
        if (digits == 0
                || digits > 9
                || (s.charAt(from) == '0' && (digits > 1 || negative))
                || (at < s.length() && isNumberPart(s.charAt(at)))) {
            return null;
        }
        int value = Integer.parseInt(s, from, at, 10);
        return IntNode.valueOf(negative ? -value : value);
    }

    private static boolean isNumberPart(char c) {
        return c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    private boolean word(String word) {
        if (!s.startsWith(word, at)) {
            return false;
        }
        int end = at + word.length();
        // "trueish" is not true followed by something: leave it to Jackson.
        if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            return false;
        }
        at = end;
        return true;
    }

    private boolean take(char c) {
        if (at < s.length() && s.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < s.length()) {
            char c = s.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }
}
