package org.flowboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;

/**
 * Guards the binary form of {@link MetricsUpdate}: every value type our jobs emit survives it, it
 * is never Kryo, and state written in the earlier JSON form still restores.
 */
class MetricsUpdateBinaryTest {

    private static final long AT_0800 = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();

    private static MetricsUpdate everyValueType() {
        Map<String, Object> ward = new LinkedHashMap<>();
        ward.put("openBeds", 10);
        ward.put("occupiedBeds", 9);
        ward.put("occupancyPct", 90.0);
        Map<String, Object> wards = new TreeMap<>();
        wards.put("NG-A1", ward);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("openBeds", 10);
        fields.put("occupancyPct", null);
        fields.put("hoursLostToday", 1.5);
        fields.put("usualGapSeconds", 12_345_678_901L);
        fields.put("oldestWaitingSince", "2026-03-02T07:40:00Z");
        fields.put("stale", true);
        fields.put("quiet", false);
        fields.put("wards", wards);
        fields.put(
                "waiting",
                List.of(
                        Map.of("callSign", "NV-1", "arrived", "2026-03-02T07:40:00Z"),
                        Map.of("callSign", "NV-2", "arrived", "2026-03-02T07:50:00Z")));
        fields.put("nested", new ArrayList<>(List.of(List.of(1, 2), List.of())));
        return new MetricsUpdate("site", "RZZ01", "occupancy", AT_0800, fields);
    }

    @Test
    void isItsOwnTypeNeverKryo() {
        assertThat(MetricsUpdateTypeInfo.INSTANCE).isNotInstanceOf(GenericTypeInfo.class);
        assertThat(MetricsUpdateTypeInfo.INSTANCE.createSerializer(new SerializerConfigImpl()))
                .isSameAs(MetricsUpdateSerializer.INSTANCE);
    }

    @Test
    void everyValueTypeSurvivesTheRoundTripAndAByteCopy() throws Exception {
        MetricsUpdate update = everyValueType();
        TypeSerializer<MetricsUpdate> serializer = MetricsUpdateSerializer.INSTANCE;
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(update, out);
        serializer.serialize(update, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        assertThat(serializer.deserialize(in)).isEqualTo(update);
        DataOutputSerializer copied = new DataOutputSerializer(64);
        serializer.copy(in, copied);
        assertThat(serializer.deserialize(new DataInputDeserializer(copied.getCopyOfBuffer())))
                .isEqualTo(update);
    }

    @Test
    void aCopyIsDeep() {
        MetricsUpdate update = everyValueType();
        MetricsUpdate copy = MetricsUpdateSerializer.INSTANCE.copy(update);
        assertThat(copy).isEqualTo(update);
        assertThat(copy.fields()).isNotSameAs(update.fields());
        assertThat(copy.fields().get("wards")).isNotSameAs(update.fields().get("wards"));
        copy.fields().put("openBeds", 11);
        assertThat(update.fields().get("openBeds")).isEqualTo(10);
    }

    @Test
    void aValueOfAnotherTypeTravelsAsJson() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("odd", new BigDecimal("1.25"));
        MetricsUpdate update = new MetricsUpdate("ics", "QZZ", "flow", AT_0800, fields);
        DataOutputSerializer out = new DataOutputSerializer(64);
        MetricsUpdateSerializer.INSTANCE.serialize(update, out);
        MetricsUpdate back =
                MetricsUpdateSerializer.INSTANCE.deserialize(
                        new DataInputDeserializer(out.getCopyOfBuffer()));
        assertThat(back.fields()).containsEntry("odd", 1.25);
    }

    @Test
    void stateWrittenInTheJsonFormRestoresAndMigrates() throws Exception {
        // What a checkpoint of the earlier version holds: the JSON bytes and its snapshot.
        MetricsUpdate update = everyValueType();
        DataOutputSerializer state = new DataOutputSerializer(256);
        MetricsUpdateJsonSerializer.INSTANCE.serialize(update, state);
        DataOutputSerializer snapshot = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(
                snapshot, MetricsUpdateJsonSerializer.INSTANCE.snapshotConfiguration());

        TypeSerializerSnapshot<MetricsUpdate> restored =
                TypeSerializerSnapshot.readVersionedSnapshot(
                        new DataInputDeserializer(snapshot.getCopyOfBuffer()),
                        getClass().getClassLoader());
        assertThat(restored.getClass().getName())
                .isEqualTo("org.flowboard.jobs.MetricsUpdateSerializer$Snapshot");
        TypeSerializerSchemaCompatibility<MetricsUpdate> compatibility =
                MetricsUpdateSerializer.INSTANCE
                        .snapshotConfiguration()
                        .resolveSchemaCompatibility(restored);
        assertThat(compatibility.isCompatibleAfterMigration()).isTrue();

        MetricsUpdate read =
                restored.restoreSerializer()
                        .deserialize(new DataInputDeserializer(state.getCopyOfBuffer()));
        assertThat(read.scope()).isEqualTo("site");
        assertThat(read.fields()).containsEntry("openBeds", 10).containsKey("wards");
    }

    @Test
    void itsOwnSnapshotIsCompatibleAsIs() throws Exception {
        DataOutputSerializer snapshot = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(
                snapshot, MetricsUpdateSerializer.INSTANCE.snapshotConfiguration());
        TypeSerializerSnapshot<MetricsUpdate> restored =
                TypeSerializerSnapshot.readVersionedSnapshot(
                        new DataInputDeserializer(snapshot.getCopyOfBuffer()),
                        getClass().getClassLoader());
        assertThat(
                        MetricsUpdateSerializer.INSTANCE
                                .snapshotConfiguration()
                                .resolveSchemaCompatibility(restored)
                                .isCompatibleAsIs())
                .isTrue();
        assertThat(restored.restoreSerializer()).isSameAs(MetricsUpdateSerializer.INSTANCE);
    }
}
