package org.flowboard.jobs.discharge;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

import org.junit.jupiter.api.Test;

/** Every record the flow job keeps in state or sends between tasks is a Flink POJO. */
class FlowTypesTest {

    @Test
    void encounterFlow() {
        assertSerializedAsPojoWithoutKryo(EncounterFlow.class);
    }

    @Test
    void siteFlow() {
        assertSerializedAsPojoWithoutKryo(SiteFlow.class);
    }
}
