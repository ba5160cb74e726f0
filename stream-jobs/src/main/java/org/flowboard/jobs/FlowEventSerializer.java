package org.flowboard.jobs;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.flowboard.events.AmbulanceDetail;
import org.flowboard.events.CapacityDetail;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.ReadinessDetail;

/**
 * {@link FlowEvent} in a compact binary form for the shuffles from the source (or parser) to the
 * keyed jobs: every event crosses one or two of them, and Flink's POJO serializer for a record with
 * four nullable nested records was a tenth of a replay's time. Events are immutable records, so a
 * copy is the event itself, which lets chained operators share it under object reuse.
 *
 * <p>Layout: kind (its wire name, so reordering the enum changes nothing), source id, site, event
 * time, receive time, a byte saying which detail is present, then that detail's fields.
 */
public final class FlowEventSerializer extends TypeSerializerSingleton<FlowEvent> {

    public static final FlowEventSerializer INSTANCE = new FlowEventSerializer();

    /** Use this type for every stream of canonical events. */
    public static final TypeInformation<FlowEvent> TYPE =
            new SerializerTypeInfo<>(FlowEvent.class, INSTANCE);

    private static final int ENCOUNTER = 1;
    private static final int CAPACITY = 2;
    private static final int READINESS = 3;
    private static final int AMBULANCE = 4;

    private FlowEventSerializer() {}

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public FlowEvent createInstance() {
        return null;
    }

    @Override
    public FlowEvent copy(FlowEvent from) {
        return from;
    }

    @Override
    public FlowEvent copy(FlowEvent from, FlowEvent reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(FlowEvent event, DataOutputView out) throws IOException {
        BinaryStrings.write(event.kind().wireName(), out);
        BinaryStrings.write(event.sourceId(), out);
        BinaryStrings.write(event.site(), out);
        out.writeLong(event.eventTime());
        out.writeLong(event.receivedAt());
        if (event.encounter() != null) {
            EncounterDetail d = event.encounter();
            out.writeByte(ENCOUNTER);
            BinaryStrings.write(d.key(), out);
            BinaryStrings.write(d.ward(), out);
            BinaryStrings.write(d.bed(), out);
            BinaryStrings.write(d.patientClass(), out);
        } else if (event.capacity() != null) {
            CapacityDetail d = event.capacity();
            out.writeByte(CAPACITY);
            BinaryStrings.write(d.ward(), out);
            out.writeInt(d.openCore());
            out.writeInt(d.openEscalation());
        } else if (event.readiness() != null) {
            ReadinessDetail d = event.readiness();
            out.writeByte(READINESS);
            BinaryStrings.write(d.encounterKey(), out);
            out.writeBoolean(d.criteriaToReside());
            out.writeBoolean(d.pathway() != null);
            out.writeInt(d.pathway() == null ? 0 : d.pathway());
        } else if (event.ambulance() != null) {
            AmbulanceDetail d = event.ambulance();
            out.writeByte(AMBULANCE);
            BinaryStrings.write(d.incident(), out);
            BinaryStrings.write(d.callSign(), out);
        } else {
            out.writeByte(0);
        }
    }

    @Override
    public FlowEvent deserialize(DataInputView in) throws IOException {
        EventKind kind = EventKind.fromWireName(BinaryStrings.read(in));
        String sourceId = BinaryStrings.read(in);
        String site = BinaryStrings.read(in);
        long eventTime = in.readLong();
        long receivedAt = in.readLong();
        EncounterDetail encounter = null;
        CapacityDetail capacity = null;
        ReadinessDetail readiness = null;
        AmbulanceDetail ambulance = null;
        int detail = in.readByte();
        switch (detail) {
            case ENCOUNTER ->
                    encounter =
                            new EncounterDetail(
                                    BinaryStrings.read(in),
                                    BinaryStrings.read(in),
                                    BinaryStrings.read(in),
                                    BinaryStrings.read(in));
            case CAPACITY ->
                    capacity =
                            new CapacityDetail(BinaryStrings.read(in), in.readInt(), in.readInt());
            case READINESS -> {
                String key = BinaryStrings.read(in);
                boolean meets = in.readBoolean();
                boolean hasPathway = in.readBoolean();
                int pathway = in.readInt();
                readiness = new ReadinessDetail(key, meets, hasPathway ? pathway : null);
            }
            case AMBULANCE ->
                    ambulance = new AmbulanceDetail(BinaryStrings.read(in), BinaryStrings.read(in));
            default -> {
                // No detail: a kind that needs none.
            }
        }
        return new FlowEvent(
                kind,
                sourceId,
                site,
                eventTime,
                receivedAt,
                encounter,
                capacity,
                readiness,
                ambulance);
    }

    @Override
    public FlowEvent deserialize(FlowEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<FlowEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Serializer snapshot; a change of layout needs a new serializer class. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<FlowEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
