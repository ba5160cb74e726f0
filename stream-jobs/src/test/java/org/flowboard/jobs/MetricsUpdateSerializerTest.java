package org.flowboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;

class MetricsUpdateSerializerTest {

    private static final long AT_0800 =
            java.time.Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();

    @Test
    void carriesAnUpdateWithNestedFieldsThroughFlinkWithoutKryo() throws Exception {
        Map<String, Object> ward = new LinkedHashMap<>();
        ward.put("openBeds", 10);
        ward.put("occupiedBeds", 9);
        ward.put("occupancyPct", 90.0);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("openBeds", 10);
        fields.put("occupancyPct", 90.0);
        fields.put("wards", Map.of("NG-A1", ward));
        MetricsUpdate update = new MetricsUpdate("site", "RZZ01", "occupancy", AT_0800, fields);

        TypeSerializer<MetricsUpdate> serializer =
                MetricsUpdateTypeInfo.INSTANCE.createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(update, out);
        MetricsUpdate back =
                serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(back).isEqualTo(update);
        assertThat(serializer.copy(update)).isEqualTo(update).isNotSameAs(update);
        assertThat(serializer.snapshotConfiguration().restoreSerializer()).isSameAs(serializer);
    }
}
