package org.flowboard.jobs;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.handover.HandoverJob;
import org.flowboard.jobs.occupancy.OccupancyJob;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Every metric job over one stream of canonical events: the graph that the live system and a replay
 * both run, so that they give the same figures.
 */
public final class FlowMetrics {

    private FlowMetrics() {}

    public static DataStream<MetricsUpdate> defineWorkflow(DataStream<FlowEvent> events, Ics ics) {
        return OccupancyJob.defineWorkflow(events, ics)
                .union(HandoverJob.defineWorkflow(events, ics));
    }
}
