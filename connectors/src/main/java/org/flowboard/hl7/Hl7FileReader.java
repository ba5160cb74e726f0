package org.flowboard.hl7;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file of recorded HL7 v2 messages one message at a time: messages one after another,
 * segments separated by CR, LF or CRLF, a message starting at each line that begins with {@code
 * MSH} and its field separator; MLLP-framed files (0x0B ... 0x1C 0x0D) and blank lines between
 * messages are accepted too. Each message is returned with CR between segments, decoded as UTF-8
 * when it is valid UTF-8, else ISO-8859-1 (as the MLLP listener does).
 *
 * <p>Text before the first MSH line is returned as a message of its own, so that the caller counts
 * it as unusable rather than losing it silently. A message over {@link #MAX_MESSAGE_BYTES} is
 * returned as empty text (unusable) instead of being held in memory whole.
 */
public final class Hl7FileReader implements Closeable {

    public static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    private static final byte START_BLOCK = 0x0B;
    private static final byte END_BLOCK = 0x1C;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long bytesRead;
    private boolean eof;

    private byte[] message = new byte[4096];
    private int messageLength;
    private boolean oversized;
    private byte[] line = new byte[1024];
    private int lineLength;

    public Hl7FileReader(InputStream in) {
        this.in = in;
    }

    /** The next message, or null at the end of the file. */
    public @Nullable String next() throws IOException {
        while (true) {
            int end = readLine();
            if (end == EOF) {
                return messageLength > 0 || oversized ? take() : null;
            }
            boolean startsMessage = end == START || startsWithMsh();
            if (startsMessage && (messageLength > 0 || oversized)) {
                String previous = take();
                append();
                return previous;
            }
            if (lineLength > 0) {
                append();
            }
            if (end == END && (messageLength > 0 || oversized)) {
                return take();
            }
        }
    }

    /** Bytes consumed so far, for progress. */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static final int EOF = -1;
    private static final int NEWLINE = 0;
    private static final int START = 1;
    private static final int END = 2;

    /**
     * Reads one line into {@link #line}; returns how it ended ({@link #START} when a start-block
     * byte precedes it, {@link #END} at an end-block byte).
     */
    private int readLine() throws IOException {
        lineLength = 0;
        boolean started = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return EOF;
                }
                return started ? START : NEWLINE;
            }
            byte b = buffer[position++];
            any = true;
            if (b == '\r' || b == '\n') {
                if (lineLength == 0 && !started) {
                    // A blank line, or the LF of a CRLF: nothing to keep.
                    continue;
                }
                return started ? START : NEWLINE;
            }
            if (b == START_BLOCK) {
                started = true;
                continue;
            }
            if (b == END_BLOCK) {
                return END;
            }
            if (lineLength == line.length) {
                if (line.length >= MAX_MESSAGE_BYTES) {
                    oversized = true;
                    continue;
                }
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
        }
    }

    private boolean startsWithMsh() {
        if (lineLength < 4 || line[0] != 'M' || line[1] != 'S' || line[2] != 'H') {
            return false;
        }
        byte separator = line[3];
        return separator > ' ' && separator < 0x7F && !Character.isLetterOrDigit(separator);
    }

    private void append() {
        if (lineLength == 0) {
            return;
        }
        int needed = messageLength + lineLength + 1;
        if (needed > MAX_MESSAGE_BYTES) {
            oversized = true;
            return;
        }
        if (needed > message.length) {
            message = Arrays.copyOf(message, Math.max(needed, message.length * 2));
        }
        System.arraycopy(line, 0, message, messageLength, lineLength);
        messageLength += lineLength;
        message[messageLength++] = '\r';
    }

    private String take() {
        String text = oversized ? "" : decode(message, messageLength);
        messageLength = 0;
        oversized = false;
        if (message.length > 64 * 1024) {
            message = new byte[4096];
        }
        return text;
    }

    private static String decode(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                byte[] copy = Arrays.copyOf(bytes, length);
                return new String(copy, Hl7Text.charsetOf(copy));
            }
        }
        // ASCII: the cheapest decoding, and the same text in every charset.
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            eof = n < 0;
            return n > 0 || fill();
        }
        position = 0;
        limit = n;
        bytesRead += n;
        return true;
    }
}
