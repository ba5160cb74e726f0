package org.flowboard.jobs.handover;

import java.time.ZoneId;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.jobs.Horizon;

/**
 * Keyed by ICS code: the latest figures of each site, combined into the ICS figures on every
 * change.
 */
class IcsHandoverFunction extends KeyedProcessFunction<String, SiteHandover, SiteHandover> {

    private final ZoneId zone;
    private final long horizon;
    private transient MapState<String, SiteHandover> sites;

    IcsHandoverFunction(ZoneId zone) {
        this(zone, Horizon.LIVE);
    }

    /**
     * @param horizon a replay's as-of instant, where the figures are reported once more; {@link
     *     Horizon#LIVE} for none
     */
    IcsHandoverFunction(ZoneId zone, long horizon) {
        this.zone = zone;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext context) {
        sites =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "sites", String.class, SiteHandover.class));
    }

    @Override
    public void processElement(SiteHandover site, Context ctx, Collector<SiteHandover> out)
            throws Exception {
        sites.put(site.id(), site);
        long t = 0;
        for (SiteHandover s : sites.values()) {
            t = Math.max(t, s.asOf());
        }
        out.collect(HandoverFigures.combine(ctx.getCurrentKey(), sites.values(), t, zone));
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    /** The replay's as-of instant: every site has reported at it, so the sum at T is complete. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SiteHandover> out)
            throws Exception {
        out.collect(HandoverFigures.combine(ctx.getCurrentKey(), sites.values(), timestamp, zone));
    }
}
