package org.flowboard.jobs.occupancy;

import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.jobs.Horizon;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Keyed by the ICS code: the latest figures of each site of the ICS file, summed (a site not heard
 * from yet with its core beds from the file). The ICS percentage comes from the summed beds, not
 * from averaging the sites' percentages.
 */
public final class IcsOccupancyFunction
        extends KeyedProcessFunction<String, OccupancyFigures, OccupancyFigures> {

    private final Ics ics;
    private final long horizon;

    private transient MapState<String, OccupancyFigures> latestBySite;

    public IcsOccupancyFunction(Ics ics) {
        this(ics, Horizon.LIVE);
    }

    /**
     * @param horizon the replay's as-of instant, where the totals are reported once more; {@link
     *     Horizon#LIVE} for none
     */
    public IcsOccupancyFunction(Ics ics, long horizon) {
        this.ics = ics;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext openContext) {
        latestBySite =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "latest-by-site",
                                        Types.STRING,
                                        TypeInformation.of(OccupancyFigures.class)));
    }

    /** Sites the ICS file does not know are reported on their own but not in the ICS totals. */
    boolean belongsToIcs(OccupancyFigures site) {
        return ics.site(site.id()).isPresent();
    }

    @Override
    public void processElement(OccupancyFigures site, Context ctx, Collector<OccupancyFigures> out)
            throws Exception {
        if (!belongsToIcs(site)) {
            return;
        }
        latestBySite.put(site.id(), site);
        out.collect(total(Long.MIN_VALUE));
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    /**
     * The replay's as-of instant: every site has reported at it (sites report before the watermark
     * passes it on), so the totals at T are complete.
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OccupancyFigures> out)
            throws Exception {
        out.collect(total(timestamp));
    }

    /** The sum of the sites' latest figures, as of the latest of them or {@code atLeast}. */
    private OccupancyFigures total(long atLeast) throws Exception {
        long asOf = atLeast;
        int open = 0;
        int escalation = 0;
        int occupied = 0;
        int unknown = 0;
        // Every site of the ICS file counts, a quiet one with its core beds from the file.
        for (Site site : ics.sites()) {
            OccupancyFigures latest = latestBySite.get(site.code());
            OccupancyFigures figures =
                    latest == null ? OccupancyFigures.quiet(site, Long.MIN_VALUE) : latest;
            asOf = Math.max(asOf, figures.asOf());
            open += figures.openBeds();
            escalation += figures.escalationBeds();
            occupied += figures.occupiedBeds();
            unknown += figures.unknownLocation();
        }
        return new OccupancyFigures(
                MetricsUpdate.ICS,
                ics.code(),
                asOf,
                open,
                escalation,
                occupied,
                OccupancyFigures.percent(occupied, open),
                unknown,
                Map.of());
    }
}
