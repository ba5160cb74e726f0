package org.flowboard.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;

/**
 * Strings for the binary serializers: a length and the UTF-8 bytes, written and read in bulk
 * (Flink's own string serializer goes a character at a time). Length -1 is null.
 */
public final class BinaryStrings {

    private BinaryStrings() {}

    public static void write(@Nullable String value, DataOutputView out) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static @Nullable String read(DataInputView in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = length <= SCRATCH_BYTES ? SCRATCH.get() : new byte[length];
        in.readFully(bytes, 0, length);
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    // Read into a buffer per thread: the String copies the bytes anyway.
    private static final int SCRATCH_BYTES = 4096;
    private static final ThreadLocal<byte[]> SCRATCH =
            ThreadLocal.withInitial(() -> new byte[SCRATCH_BYTES]);

    /** Copies one string as written, without decoding it. */
    public static void copy(DataInputView in, DataOutputView out) throws IOException {
        int length = in.readInt();
        out.writeInt(length);
        if (length > 0) {
            // Not out.write(in, length): DataOutputSerializer does not grow for that one.
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            out.write(bytes);
        }
    }
}
