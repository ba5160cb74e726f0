package org.flowboard.jobs.occupancy;

import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.jobs.Horizon;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.jobs.encounter.EncounterChange;
import org.flowboard.jobs.encounter.Encounters;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Live bed occupancy per ward, site and ICS (DESIGN.md section 6): encounters' locations, summed
 * per site with the wards' capacity, then over the ICS. Source and sinks are the caller's, so the
 * same graph runs live, in a replay and in tests.
 */
public final class OccupancyJob {

    private OccupancyJob() {}

    public static DataStream<MetricsUpdate> defineWorkflow(DataStream<FlowEvent> events, Ics ics) {
        return defineWorkflow(events, ics, Horizon.LIVE);
    }

    /**
     * @param horizon a replay's as-of instant, where every site and the ICS report once more;
     *     {@link Horizon#LIVE} for the live system
     */
    public static DataStream<MetricsUpdate> defineWorkflow(
            DataStream<FlowEvent> events, Ics ics, long horizon) {
        return fromEncounters(Encounters.changes(events), events, ics, horizon);
    }

    /**
     * The graph over encounter changes that the caller shares with other jobs ({@link
     * Encounters#changes}), and the capacity events among {@code events}.
     */
    public static DataStream<MetricsUpdate> fromEncounters(
            DataStream<EncounterChange> encounters,
            DataStream<FlowEvent> events,
            Ics ics,
            long horizon) {
        DataStream<OccupancyDelta> deltas =
                encounters
                        .flatMap(new ToOccupancyDelta())
                        .name("occupancy: encounter moves")
                        .uid("occupancy-encounter-moves");

        DataStream<FlowEvent> capacity =
                events.filter(OccupancyJob::isCapacity)
                        .name("occupancy: capacity events")
                        .uid("occupancy-capacity-events");

        DataStream<OccupancyFigures> sites =
                deltas.connect(capacity)
                        .keyBy(OccupancyDelta::site, FlowEvent::site)
                        .process(new SiteOccupancyFunction(ics, horizon))
                        .name("occupancy: per site")
                        .uid("occupancy-site");

        DataStream<OccupancyFigures> total =
                sites.keyBy(new IcsKey(ics.code()))
                        .process(new IcsOccupancyFunction(ics, horizon))
                        .name("occupancy: ICS total")
                        .uid("occupancy-ics");

        return sites.union(total)
                .map(new ToMetricsUpdate())
                .returns(MetricsUpdateTypeInfo.INSTANCE)
                .name("occupancy: to metrics update")
                .uid("occupancy-to-metrics-update");
    }

    /** The figures of a site no ADT or capacity event has reached, at T. */
    public static MetricsUpdate quietSite(Site site, long t) {
        return new ToMetricsUpdate().map(OccupancyFigures.quiet(site, t));
    }

    /** The ICS totals when no event has reached any site, at T. */
    public static MetricsUpdate quietIcs(Ics ics, long t) {
        int open = 0;
        for (Site site : ics.sites()) {
            open += OccupancyFigures.quiet(site, t).openBeds();
        }
        return new ToMetricsUpdate()
                .map(
                        new OccupancyFigures(
                                MetricsUpdate.ICS,
                                ics.code(),
                                t,
                                open,
                                0,
                                0,
                                OccupancyFigures.percent(0, open),
                                0,
                                java.util.Map.of()));
    }

    static boolean isCapacity(FlowEvent event) {
        return event.kind() == EventKind.CAPACITY;
    }

    /** Every site's figures to the one ICS total. */
    static final class IcsKey implements KeySelector<OccupancyFigures, String> {
        private final String icsCode;

        IcsKey(String icsCode) {
            this.icsCode = icsCode;
        }

        @Override
        public String getKey(OccupancyFigures figures) {
            return icsCode;
        }
    }
}
