package org.flowboard.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class RawRecordSerializerTest {

    @Test
    void recordsOfEveryFeedSurviveTheRoundTripAndAByteCopy() throws Exception {
        List<RawRecord> records =
                List.of(
                        new RawRecord(Feed.ADT, "MSH|^~\\&|PAS|RZZ01\rEVN|A01|202603020800"),
                        new RawRecord(Feed.AMBULANCE, "{\"kind\":\"ambulance.arrived\"}"),
                        new RawRecord(Feed.CAPACITY, ""),
                        new RawRecord(Feed.READINESS, "{\"visit\":\"Zoë ✓ 𝄞\"}"));
        RawRecordSerializer serializer = RawRecordSerializer.INSTANCE;
        DataOutputSerializer out = new DataOutputSerializer(64);
        for (RawRecord record : records) {
            serializer.serialize(record, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        for (RawRecord record : records) {
            assertThat(serializer.deserialize(in)).isEqualTo(record);
        }
        in = new DataInputDeserializer(out.getCopyOfBuffer());
        DataOutputSerializer copied = new DataOutputSerializer(64);
        for (int i = 0; i < records.size(); i++) {
            serializer.copy(in, copied);
        }
        assertThat(copied.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
        assertThat(serializer.snapshotConfiguration().restoreSerializer()).isSameAs(serializer);
    }
}
