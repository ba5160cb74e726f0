package org.flowboard.jobs.replay;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.flowboard.jobs.BinaryStrings;
import org.flowboard.jobs.SerializerTypeInfo;

/**
 * {@link RawRecord} from the file reader to the parsers: the feed's name and the text as UTF-8 in
 * bulk. Every recorded message crosses this one shuffle, and Flink's string serializer writes a
 * character at a time.
 */
public final class RawRecordSerializer extends TypeSerializerSingleton<RawRecord> {

    static final RawRecordSerializer INSTANCE = new RawRecordSerializer();

    static final TypeInformation<RawRecord> TYPE =
            new SerializerTypeInfo<>(RawRecord.class, INSTANCE);

    private static final Feed[] FEEDS = Feed.values();

    private RawRecordSerializer() {}

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public RawRecord createInstance() {
        return null;
    }

    @Override
    public RawRecord copy(RawRecord from) {
        return from;
    }

    @Override
    public RawRecord copy(RawRecord from, RawRecord reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(RawRecord record, DataOutputView out) throws IOException {
        out.writeByte(record.feed().ordinal());
        BinaryStrings.write(record.text(), out);
    }

    @Override
    public RawRecord deserialize(DataInputView in) throws IOException {
        Feed feed = FEEDS[in.readByte()];
        return new RawRecord(feed, BinaryStrings.read(in));
    }

    @Override
    public RawRecord deserialize(RawRecord reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        out.writeByte(in.readByte());
        BinaryStrings.copy(in, out);
    }

    @Override
    public TypeSerializerSnapshot<RawRecord> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Serializer snapshot; a change of layout needs a new serializer class. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<RawRecord> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
