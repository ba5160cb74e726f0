package org.flowboard.jobs.alerts;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.Alert;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Threshold alerts for {@code flow.alerts}: handovers over 30 and 60 minutes, occupancy over 92%
 * and 95%, and each change of a site's or the ICS's OPEL.
 */
public final class AlertJob {

    private AlertJob() {}

    public static DataStream<Alert> defineWorkflow(
            DataStream<FlowEvent> events, DataStream<MetricsUpdate> metrics, Ics ics) {
        DataStream<Alert> handovers =
                events.filter(event -> event.kind().isAmbulance())
                        .name("alerts: ambulance events")
                        .keyBy(HandoverAlertFunction::keyOf)
                        .process(new HandoverAlertFunction(ics))
                        .name("alerts: handover waits")
                        .uid("alerts-handover");
        DataStream<Alert> occupancy =
                metrics.filter(OccupancyAlertFunction::isSiteOccupancy)
                        .name("alerts: site occupancy")
                        .keyBy(MetricsUpdate::id)
                        .process(new OccupancyAlertFunction(ics))
                        .name("alerts: occupancy thresholds")
                        .uid("alerts-occupancy");
        DataStream<Alert> escalation =
                metrics.filter(EscalationAlertFunction::isEscalation)
                        .name("alerts: OPEL")
                        .keyBy(EscalationAlertFunction::keyOf)
                        .process(new EscalationAlertFunction(ics))
                        .name("alerts: OPEL changes")
                        .uid("alerts-escalation");
        return handovers.union(occupancy, escalation);
    }
}
