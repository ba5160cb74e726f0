package org.flowboard.jobs.encounter;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

import org.junit.jupiter.api.Test;

/** Every record the encounters function keeps in state or sends on is a Flink POJO. */
class EncounterRecordsAreFlinkPojosTest {

    @Test
    void heldEvent() {
        assertSerializedAsPojoWithoutKryo(HeldEvent.class);
    }

    @Test
    void encounterHistory() {
        assertSerializedAsPojoWithoutKryo(EncounterHistory.class);
    }

    @Test
    void encounterChange() {
        assertSerializedAsPojoWithoutKryo(EncounterChange.class);
    }
}
