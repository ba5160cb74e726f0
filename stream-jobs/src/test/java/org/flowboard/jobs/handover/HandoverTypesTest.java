package org.flowboard.jobs.handover;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.handover.Ambulances.AT_0800;
import static org.flowboard.jobs.handover.Ambulances.AT_0830;

import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * Guards that the job's records travel as POJOs: a Kryo fallback would be slow and break on
 * upgrade.
 */
class HandoverTypesTest {

    @Test
    void incidentIsAPojo() {
        assertSerializedAsPojoWithoutKryo(Incident.class);
    }

    @Test
    void siteHandoverIsAPojo() {
        assertSerializedAsPojoWithoutKryo(SiteHandover.class);
    }

    @Test
    void waitingCrewIsAPojo() {
        assertSerializedAsPojoWithoutKryo(WaitingCrew.class);
    }

    @Test
    void recordsSurviveFlinksSerializerWithAndWithoutTheirNullableFields() throws Exception {
        assertThat(roundTrip(Incident.class, Ambulances.incident("NV-1", AT_0800, AT_0830)))
                .isEqualTo(Ambulances.incident("NV-1", AT_0800, AT_0830));
        assertThat(roundTrip(Incident.class, Ambulances.incident("NV-1", AT_0800, null)))
                .isEqualTo(Ambulances.incident("NV-1", AT_0800, null));
        SiteHandover site =
                new SiteHandover(
                        "RZZ01", 5, 1, 2, 3L, 4, 5, 6, 7, 8, List.of(new WaitingCrew("NV-1", 9)));
        assertThat(roundTrip(SiteHandover.class, site)).isEqualTo(site);
    }

    private static <T> T roundTrip(Class<T> type, T value) throws Exception {
        TypeSerializer<T> serializer =
                TypeInformation.of(type).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
