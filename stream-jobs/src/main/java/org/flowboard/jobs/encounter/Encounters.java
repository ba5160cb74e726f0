package org.flowboard.jobs.encounter;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.FlowEvent;

/**
 * Every encounter's events replayed in event-time order, once for all the jobs that count
 * encounters (occupancy and flow). Source and sinks are the caller's.
 */
public final class Encounters {

    private Encounters() {}

    public static DataStream<EncounterChange> changes(DataStream<FlowEvent> events) {
        return events.filter(EncounterFunction::isEncounterEvent)
                .name("encounters: ADT and readiness events")
                .uid("encounter-events")
                .keyBy(EncounterFunction::keyOf)
                .process(new EncounterFunction())
                .name("encounters")
                .uid("encounters");
    }
}
