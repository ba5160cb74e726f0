package org.flowboard.jobs.handover;

import java.time.ZoneId;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by ICS code: the latest figures of each site, combined into the ICS figures on every
 * change.
 */
class IcsHandoverFunction extends KeyedProcessFunction<String, SiteHandover, SiteHandover> {

    private final ZoneId zone;
    private transient MapState<String, SiteHandover> sites;

    IcsHandoverFunction(ZoneId zone) {
        this.zone = zone;
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
    }
}
