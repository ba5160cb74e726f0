package org.flowboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.junit.jupiter.api.Test;

class FlowEventSerializerTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");

    private static final List<FlowEvent> EVERY_KIND =
            List.of(
                    FlowEvent.admit("m1", "RZZ01", "k1", "NG-A1", "B3", AT_0800),
                    FlowEvent.admit("m2", "RZZ01", "k1", "NG-A1", null, AT_0800),
                    FlowEvent.transfer("m3", "RZZ01", "k1", "NG-B2", null, AT_0800),
                    FlowEvent.discharge("m4", "RZZ01", "k1", AT_0800),
                    FlowEvent.cancelAdmit("m5", "RZZ01", "k1", AT_0800),
                    FlowEvent.cancelTransfer("m6", "RZZ01", "k1", AT_0800),
                    FlowEvent.cancelDischarge("m7", "RZZ01", "k1", AT_0800),
                    FlowEvent.edArrival("m8", "RZZ01", "k2", AT_0800),
                    FlowEvent.adt(
                            EventKind.ADMIT,
                            "m9",
                            "RZZ01",
                            new EncounterDetail("k3", "Ward é", null, "I"),
                            AT_0800),
                    FlowEvent.capacity("c1", "RZZ01", "NG-A1", 26, 4, AT_0800),
                    FlowEvent.readiness("r1", "RZZ02", "k4", false, 2, AT_0800),
                    FlowEvent.readiness("r2", "RZZ02", "k4", true, null, AT_0800),
                    FlowEvent.readiness("r3", "RZZ02", "k4", false, -1, AT_0800),
                    FlowEvent.ambulance(
                            EventKind.AMBULANCE_ARRIVED, "a1", "RZZ01", "INC-1", "NV-1", AT_0800),
                    FlowEvent.ambulance(
                            EventKind.AMBULANCE_HANDED_OVER,
                            "a2",
                            "RZZ01",
                            "INC-1",
                            "NV-1",
                            AT_0800),
                    FlowEvent.ambulance(
                            EventKind.AMBULANCE_CLEAR, "a3", "RZZ01", "INC-1", "NV-1", AT_0800));

    @Test
    void everyKindSurvivesTheRoundTripWithItsNullableFields() throws Exception {
        TypeSerializer<FlowEvent> serializer =
                FlowEventSerializer.TYPE.createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(64);
        for (FlowEvent event : EVERY_KIND) {
            serializer.serialize(event, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        for (FlowEvent event : EVERY_KIND) {
            assertThat(serializer.deserialize(in)).isEqualTo(event);
        }
        assertThat(in.available()).isZero();
    }

    @Test
    void copyingTheBytesCopiesTheEvents() throws Exception {
        TypeSerializer<FlowEvent> serializer = FlowEventSerializer.INSTANCE;
        DataOutputSerializer out = new DataOutputSerializer(64);
        for (FlowEvent event : EVERY_KIND) {
            serializer.serialize(event, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        DataOutputSerializer copied = new DataOutputSerializer(64);
        for (int i = 0; i < EVERY_KIND.size(); i++) {
            serializer.copy(in, copied);
        }
        assertThat(copied.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
    }

    @Test
    void eventsAreImmutableSoACopyIsTheEventAndTheSnapshotRestoresTheSerializer() {
        FlowEvent event = EVERY_KIND.get(0);
        assertThat(FlowEventSerializer.INSTANCE.isImmutableType()).isTrue();
        assertThat(FlowEventSerializer.INSTANCE.copy(event)).isSameAs(event);
        assertThat(FlowEventSerializer.INSTANCE.snapshotConfiguration().restoreSerializer())
                .isSameAs(FlowEventSerializer.INSTANCE);
    }
}
