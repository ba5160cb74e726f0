package org.flowboard.jobs.occupancy;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

import org.junit.jupiter.api.Test;

/** Every record the occupancy job keeps in state or sends between tasks is a Flink POJO. */
class JobRecordsAreFlinkPojosTest {

    @Test
    void occupancyDelta() {
        assertSerializedAsPojoWithoutKryo(OccupancyDelta.class);
    }

    @Test
    void wardCapacity() {
        assertSerializedAsPojoWithoutKryo(WardCapacity.class);
    }

    @Test
    void wardFigures() {
        assertSerializedAsPojoWithoutKryo(WardFigures.class);
    }

    @Test
    void occupancyFigures() {
        assertSerializedAsPojoWithoutKryo(OccupancyFigures.class);
    }
}
