package org.flowboard.jobs.discharge;

import java.time.ZoneId;
import java.util.List;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.Horizon;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.jobs.encounter.EncounterChange;
import org.flowboard.jobs.encounter.Encounters;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Patient flow per site and for the ICS (DESIGN.md section 6, group {@code flow}): admissions and
 * discharges today, patients with no criteria to reside, and long stays. Source and sinks are the
 * caller's, so the same graph runs live, in a replay and in tests.
 */
public final class FlowJob {

    private FlowJob() {}

    /**
     * @param horizon a replay's as-of instant, where every site and the ICS report once more;
     *     {@link Horizon#LIVE} for the live system
     */
    public static DataStream<MetricsUpdate> defineWorkflow(
            DataStream<FlowEvent> events, Ics ics, long horizon) {
        return fromEncounters(Encounters.changes(events), ics, horizon);
    }

    /** The graph over encounter changes that the caller shares with other jobs. */
    public static DataStream<MetricsUpdate> fromEncounters(
            DataStream<EncounterChange> encounters, Ics ics, long horizon) {
        DataStream<SiteFlow> sites =
                encounters
                        .map(FlowJob::flowOf)
                        .name("flow: encounters")
                        .uid("flow-encounter-flows")
                        .keyBy(EncounterFlow::site)
                        .process(new SiteFlowFunction(ics.timezone(), horizon))
                        .name("flow: per site")
                        .uid("flow-sites");
        String icsCode = ics.code();
        DataStream<SiteFlow> whole =
                sites.keyBy(site -> icsCode)
                        .process(new IcsFlowFunction(ics, horizon))
                        .name("flow: ICS")
                        .uid("flow-ics");
        // MetricsUpdate has its own binary serializer: its free-form fields would otherwise need
        // Kryo.
        return sites.map(new FlowFields(MetricsUpdate.SITE))
                .returns(MetricsUpdateTypeInfo.INSTANCE)
                .name("flow: site metrics")
                .uid("flow-site-metrics")
                .union(
                        whole.map(new FlowFields(MetricsUpdate.ICS))
                                .returns(MetricsUpdateTypeInfo.INSTANCE)
                                .name("flow: ICS metrics")
                                .uid("flow-ics-metrics"));
    }

    static EncounterFlow flowOf(EncounterChange change) {
        return new EncounterFlow(
                change.site(),
                change.encounter(),
                change.stay().inpatient(),
                change.stay().admittedAt(),
                change.stay().admissions(),
                change.stay().discharges(),
                change.nctr(),
                change.pathway(),
                change.latest());
    }

    /** The figures of a site (or the ICS) no ADT or readiness event has reached, at T. */
    public static MetricsUpdate quiet(String scope, String id, long t, ZoneId zone) {
        return new FlowFields(scope).map(FlowFigures.at(id, List.of(), t, zone));
    }
}
