package org.flowboard.hl7;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads MLLP frames ({@code <VT> message <FS><CR>}) with a size limit and a time limit per frame,
 * so that one sender cannot hold a worker or the heap.
 */
final class MllpFrameReader {

    static final int START = 0x0B;
    static final int END = 0x1C;
    static final int CR = 0x0D;

    /** How much of an oversized frame is kept (for its MSH and the dead letter). */
    static final int OVERSIZED_PREFIX = 64 * 1024;

    /** One frame: complete, or over the limit with only its beginning kept. */
    record Frame(byte[] bytes, long size, boolean oversized) {}

    private final PushbackInputStream in;
    private final int maxBytes;
    private final long frameNanos;

    MllpFrameReader(InputStream in, int maxBytes, Duration frameTimeout) {
        this.in = new PushbackInputStream(in, 1);
        this.maxBytes = maxBytes;
        this.frameNanos = frameTimeout.toNanos();
    }

    /** The next frame, or null when the sender closed the connection between or inside frames. */
    @Nullable Frame next() throws IOException {
        long skipped = 0;
        int b;
        while ((b = in.read()) != START) {
            if (b < 0) {
                return null;
            }
            // Bytes outside a frame are a sender fault; tolerate a little, not a flood.
            if (++skipped > maxBytes) {
                throw new IOException("no MLLP start block in " + skipped + " bytes");
            }
        }
        long deadline = System.nanoTime() + frameNanos;
        ByteArrayOutputStream kept = new ByteArrayOutputStream(4096);
        long size = 0;
        while (true) {
            b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == END) {
                int next = in.read();
                if (next >= 0 && next != CR) {
                    in.unread(next);
                }
                break;
            }
            size++;
            if (size <= maxBytes || kept.size() < OVERSIZED_PREFIX) {
                kept.write(b);
            }
            if ((size & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new SocketTimeoutException("MLLP frame not complete within the read timeout");
            }
        }
        if (size > maxBytes) {
            byte[] all = kept.toByteArray();
            byte[] prefix = new byte[Math.min(all.length, OVERSIZED_PREFIX)];
            System.arraycopy(all, 0, prefix, 0, prefix.length);
            return new Frame(prefix, size, true);
        }
        return new Frame(kept.toByteArray(), size, false);
    }
}
