package org.flowboard.jobs;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;

/**
 * {@link MetricsUpdate} as its JSON text: how updates travelled and were kept in state before
 * {@link MetricsUpdateSerializer}. Kept only to read state written then; its snapshot is {@link
 * MetricsUpdateSerializer.Snapshot}, the class name those checkpoints carry.
 */
public final class MetricsUpdateJsonSerializer extends TypeSerializerSingleton<MetricsUpdate> {

    static final MetricsUpdateJsonSerializer INSTANCE = new MetricsUpdateJsonSerializer();

    private MetricsUpdateJsonSerializer() {}

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public MetricsUpdate createInstance() {
        return null;
    }

    @Override
    public MetricsUpdate copy(MetricsUpdate from) {
        // The fields map is mutable; a JSON round trip gives a deep copy.
        return from == null ? null : MetricsStore.parse(MetricsStore.toJson(from));
    }

    @Override
    public MetricsUpdate copy(MetricsUpdate from, MetricsUpdate reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(MetricsUpdate record, DataOutputView target) throws IOException {
        byte[] json = MetricsStore.toJson(record).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        target.writeInt(json.length);
        target.write(json);
    }

    @Override
    public MetricsUpdate deserialize(DataInputView source) throws IOException {
        byte[] json = new byte[source.readInt()];
        source.readFully(json);
        return MetricsStore.parse(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public MetricsUpdate deserialize(MetricsUpdate reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        byte[] json = new byte[length];
        source.readFully(json);
        target.writeInt(length);
        target.write(json);
    }

    @Override
    public TypeSerializerSnapshot<MetricsUpdate> snapshotConfiguration() {
        return new MetricsUpdateSerializer.Snapshot();
    }
}
