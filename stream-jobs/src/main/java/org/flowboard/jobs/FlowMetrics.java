package org.flowboard.jobs;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.discharge.FlowJob;
import org.flowboard.jobs.encounter.EncounterChange;
import org.flowboard.jobs.encounter.Encounters;
import org.flowboard.jobs.escalation.EscalationJob;
import org.flowboard.jobs.handover.HandoverJob;
import org.flowboard.jobs.occupancy.OccupancyJob;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Every metric job over one stream of canonical events: the graph that the live system and a replay
 * both run, so that they give the same figures.
 */
public final class FlowMetrics {

    private FlowMetrics() {}

    /** The live graph: figures at the latest event time, for as long as events come. */
    public static DataStream<MetricsUpdate> defineWorkflow(DataStream<FlowEvent> events, Ics ics) {
        return defineWorkflow(events, ics, Horizon.LIVE);
    }

    /**
     * The graph with an as-of instant T: besides their updates along the way, every site and the
     * ICS report their figures at exactly T once every event at or before T is in, and schedule
     * nothing after it. {@link MetricsAtInstant#latest} then picks the figures at T.
     *
     * @param asOf T in epoch milliseconds; {@link Horizon#LIVE} for the live graph
     */
    public static DataStream<MetricsUpdate> defineWorkflow(
            DataStream<FlowEvent> events, Ics ics, long asOf) {
        // Occupancy and flow count the same encounters: one keyed replay of each serves both.
        DataStream<EncounterChange> encounters = Encounters.changes(events);
        DataStream<MetricsUpdate> figures =
                OccupancyJob.fromEncounters(encounters, events, ics, asOf)
                        .union(HandoverJob.defineWorkflow(events, ics, asOf))
                        .union(FlowJob.fromEncounters(encounters, ics, asOf));
        return EscalationJob.defineWorkflow(figures, ics).map(figures::union).orElse(figures);
    }
}
