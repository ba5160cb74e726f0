package org.flowboard.jobs.handover;

import java.time.ZoneId;
import java.util.List;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.Horizon;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Ambulance handover metrics per site and for the ICS (DESIGN.md section 6) from canonical events.
 * Takes its source as a parameter and returns its output, so tests run the real topology on a
 * MiniCluster.
 */
public final class HandoverJob {

    private HandoverJob() {}

    public static DataStream<MetricsUpdate> defineWorkflow(DataStream<FlowEvent> events, Ics ics) {
        return defineWorkflow(events, ics, Horizon.LIVE);
    }

    /**
     * @param horizon a replay's as-of instant, where every site and the ICS report once more;
     *     {@link Horizon#LIVE} for the live system
     */
    public static DataStream<MetricsUpdate> defineWorkflow(
            DataStream<FlowEvent> events, Ics ics, long horizon) {
        DataStream<SiteHandover> sites =
                events.filter(event -> event.kind().isAmbulance())
                        .name("ambulance events")
                        .keyBy(SiteHandoverFunction::keyOf)
                        .process(new SiteHandoverFunction(ics.timezone(), horizon))
                        .name("handover: per site")
                        .uid("handover-sites");
        String icsCode = ics.code();
        DataStream<SiteHandover> whole =
                sites.keyBy(site -> icsCode)
                        .process(new IcsHandoverFunction(ics.timezone(), horizon))
                        .name("handover: ICS")
                        .uid("handover-ics");
        // MetricsUpdate has its own binary serializer: its free-form fields would otherwise need
        // Kryo.
        return sites.map(new HandoverMetrics(MetricsUpdate.SITE))
                .returns(MetricsUpdateTypeInfo.INSTANCE)
                .name("handover: site metrics")
                .uid("handover-site-metrics")
                .union(
                        whole.map(new HandoverMetrics(MetricsUpdate.ICS))
                                .returns(MetricsUpdateTypeInfo.INSTANCE)
                                .name("handover: ICS metrics")
                                .uid("handover-ics-metrics"));
    }

    /** The figures of a site (or the ICS) no ambulance event has reached, at T. */
    public static MetricsUpdate quiet(String scope, String id, long t, ZoneId zone) {
        return new HandoverMetrics(scope).map(HandoverFigures.at(id, List.of(), t, zone));
    }
}
