package org.flowboard.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.flowboard.events.Json;
import org.flowboard.metrics.MetricsUpdate;

/**
 * {@link MetricsUpdate} in a compact binary form (see {@link MetricsUpdateTypeInfo}): scope, id,
 * group, as-of, then the free-form fields as tagged values (null, boolean, int, long, double,
 * string, map in its iteration order, list). It replaces a JSON round trip at every operator
 * boundary. A value of any other type (none of our jobs emit one) travels as its JSON text, so
 * nothing ever falls back to Kryo.
 *
 * <p>State written with the earlier JSON form restores: its snapshot ({@link Snapshot}) reads it
 * with {@link MetricsUpdateJsonSerializer}, and Flink migrates it to this form.
 */
public final class MetricsUpdateSerializer extends TypeSerializerSingleton<MetricsUpdate> {

    static final MetricsUpdateSerializer INSTANCE = new MetricsUpdateSerializer();

    private static final byte NULL = 0;
    private static final byte FALSE = 1;
    private static final byte TRUE = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte STRING = 6;
    private static final byte MAP = 7;
    private static final byte LIST = 8;
    private static final byte JSON = 9;

    private MetricsUpdateSerializer() {}

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
        // The fields map is mutable: copy its maps and lists; the values in them are immutable.
        return from == null
                ? null
                : new MetricsUpdate(
                        from.scope(), from.id(), from.group(), from.asOf(), copyMap(from.fields()));
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
    public void serialize(MetricsUpdate update, DataOutputView out) throws IOException {
        BinaryStrings.write(update.scope(), out);
        BinaryStrings.write(update.id(), out);
        BinaryStrings.write(update.group(), out);
        out.writeLong(update.asOf());
        writeMap(update.fields(), out);
    }

    @Override
    public MetricsUpdate deserialize(DataInputView in) throws IOException {
        String scope = BinaryStrings.read(in);
        String id = BinaryStrings.read(in);
        String group = BinaryStrings.read(in);
        long asOf = in.readLong();
        if (in.readByte() != MAP) {
            throw new IOException("corrupt MetricsUpdate: its fields are not a map");
        }
        return new MetricsUpdate(scope, id, group, asOf, readMap(in));
    }

    @Override
    public MetricsUpdate deserialize(MetricsUpdate reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    private static void write(Object value, DataOutputView out) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            BinaryStrings.write(s, out);
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, out);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(item, out);
            }
        } else {
            out.writeByte(JSON);
            BinaryStrings.write(Json.mapper().writeValueAsString(value), out);
        }
    }

    private static void writeMap(Map<?, ?> map, DataOutputView out) throws IOException {
        out.writeByte(MAP);
        out.writeInt(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            BinaryStrings.write(String.valueOf(entry.getKey()), out);
            write(entry.getValue(), out);
        }
    }

    private static Object read(DataInputView in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case STRING -> BinaryStrings.read(in);
            case MAP -> readMap(in);
            case LIST -> {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                yield list;
            }
            case JSON -> fromJson(BinaryStrings.read(in));
            default -> throw new IOException("corrupt MetricsUpdate: unknown value tag " + tag);
        };
    }

    private static Map<String, Object> readMap(DataInputView in) throws IOException {
        int size = in.readInt();
        Map<String, Object> map = new LinkedHashMap<>(Math.max(4, size * 2));
        for (int i = 0; i < size; i++) {
            String key = BinaryStrings.read(in);
            map.put(key, read(in));
        }
        return map;
    }

    private static Object fromJson(String json) throws JsonProcessingException {
        return Json.mapper().readValue(json, Object.class);
    }

    private static Map<String, Object> copyMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        map.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value)));
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return copyMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copyValue(item)));
            return copy;
        }
        return value;
    }

    @Override
    public TypeSerializerSnapshot<MetricsUpdate> snapshotConfiguration() {
        return new BinarySnapshot();
    }

    /** Snapshot of this serializer; reads state of the JSON form too, by migrating it. */
    public static final class BinarySnapshot extends SimpleTypeSerializerSnapshot<MetricsUpdate> {
        public BinarySnapshot() {
            super(() -> INSTANCE);
        }

        @Override
        public TypeSerializerSchemaCompatibility<MetricsUpdate> resolveSchemaCompatibility(
                TypeSerializerSnapshot<MetricsUpdate> old) {
            if (old instanceof Snapshot) {
                return TypeSerializerSchemaCompatibility.compatibleAfterMigration();
            }
            return super.resolveSchemaCompatibility(old);
        }
    }

    /**
     * The snapshot of the earlier JSON form, under the class name its checkpoints carry: restores
     * {@link MetricsUpdateJsonSerializer} to read them.
     */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<MetricsUpdate> {
        public Snapshot() {
            super(() -> MetricsUpdateJsonSerializer.INSTANCE);
        }
    }
}
