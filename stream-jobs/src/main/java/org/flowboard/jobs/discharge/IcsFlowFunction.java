package org.flowboard.jobs.discharge;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.Horizon;

/**
 * Keyed by the ICS code: the latest flow figures of each site of the ICS file, summed on every
 * change and at a replay's as-of instant.
 */
final class IcsFlowFunction extends KeyedProcessFunction<String, SiteFlow, SiteFlow> {

    private final Ics ics;
    private final long horizon;

    private transient MapState<String, SiteFlow> sites;

    IcsFlowFunction(Ics ics, long horizon) {
        this.ics = ics;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext openContext) {
        sites =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "sites", Types.STRING, TypeInformation.of(SiteFlow.class)));
    }

    /** Sites the ICS file does not know are reported on their own but not in the ICS totals. */
    boolean belongsToIcs(SiteFlow site) {
        return ics.site(site.id()).isPresent();
    }

    @Override
    public void processElement(SiteFlow site, Context ctx, Collector<SiteFlow> out)
            throws Exception {
        if (!belongsToIcs(site)) {
            return;
        }
        sites.put(site.id(), site);
        long t = Long.MIN_VALUE;
        for (SiteFlow s : sites.values()) {
            t = Math.max(t, s.asOf());
        }
        out.collect(FlowFigures.combine(ctx.getCurrentKey(), sites.values(), t, ics.timezone()));
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    /**
     * The replay's as-of instant: every site has reported at it (sites report before the watermark
     * passes it on), so the sum at T is complete.
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SiteFlow> out)
            throws Exception {
        out.collect(
                FlowFigures.combine(
                        ctx.getCurrentKey(), sites.values(), timestamp, ics.timezone()));
    }
}
