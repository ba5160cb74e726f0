package org.flowboard.events;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

import org.junit.jupiter.api.Test;

/** The jobs read these from Kafka and keep them in state: each must be a Flink POJO, never Kryo. */
class EventTypesAreFlinkPojosTest {

    @Test
    void flowEvent() {
        assertSerializedAsPojoWithoutKryo(FlowEvent.class);
    }

    @Test
    void encounterDetail() {
        assertSerializedAsPojoWithoutKryo(EncounterDetail.class);
    }

    @Test
    void capacityDetail() {
        assertSerializedAsPojoWithoutKryo(CapacityDetail.class);
    }

    @Test
    void readinessDetail() {
        assertSerializedAsPojoWithoutKryo(ReadinessDetail.class);
    }

    @Test
    void ambulanceDetail() {
        assertSerializedAsPojoWithoutKryo(AmbulanceDetail.class);
    }
}
