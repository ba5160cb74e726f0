package org.flowboard.jobs.handover;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.jobs.Horizon;
import org.flowboard.jobs.LocalDays;

/**
 * Keyed by site: holds the site's current incidents and emits its handover figures at the latest
 * event time seen, and again at local midnight, when the "today" figures start afresh.
 */
class SiteHandoverFunction extends KeyedProcessFunction<String, Incident, SiteHandover> {

    private final ZoneId zone;
    private final long horizon;
    private transient MapState<String, Incident> incidents;
    private transient ValueState<SiteHandover> last;
    private transient LocalDays days;

    SiteHandoverFunction(ZoneId zone) {
        this(zone, Horizon.LIVE);
    }

    /**
     * @param horizon a replay's as-of instant, where the figures are reported once more and after
     *     which no midnight is scheduled; {@link Horizon#LIVE} for none
     */
    SiteHandoverFunction(ZoneId zone, long horizon) {
        this.zone = zone;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext context) {
        incidents =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "incidents", String.class, Incident.class));
        last = getRuntimeContext().getState(new ValueStateDescriptor<>("last", SiteHandover.class));
        days = new LocalDays(zone);
    }

    @Override
    public void processElement(Incident incident, Context ctx, Collector<SiteHandover> out)
            throws Exception {
        incidents.put(incident.incident(), incident);
        SiteHandover previous = last.value();
        long t =
                Math.max(incident.eventTime(), previous == null ? Long.MIN_VALUE : previous.asOf());
        if (Horizon.reportsEveryChange(horizon)) {
            emitAt(t, ctx.getCurrentKey(), out, false);
        }
        scheduleMidnightAfter(t, ctx);
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SiteHandover> out)
            throws Exception {
        forgetStale(timestamp);
        SiteHandover previous = last.value();
        boolean report = timestamp == horizon;
        boolean newDay = previous != null && timestamp > previous.asOf();
        if (report || (Horizon.reportsEveryChange(horizon) && newDay)) {
            // At the replay's as-of instant the figures are reported even when unchanged.
            emitAt(timestamp, ctx.getCurrentKey(), out, report);
        }
        if (incidents.isEmpty()) {
            // Nothing left to report on: the site leaves no state behind.
            last.clear();
        } else {
            scheduleMidnightAfter(timestamp, ctx);
        }
    }

    private void scheduleMidnightAfter(long t, Context ctx) {
        long midnight = days.startOfNext(t);
        if (Horizon.allows(horizon, midnight)) {
            ctx.timerService().registerEventTimeTimer(midnight);
        }
    }

    private void forgetStale(long t) throws Exception {
        long startOfDay = days.startOf(t);
        List<String> stale = new ArrayList<>();
        for (Incident incident : incidents.values()) {
            if (incident.isStaleAt(t, startOfDay)) {
                stale.add(incident.incident());
            }
        }
        for (String id : stale) {
            incidents.remove(id);
        }
    }

    private void emitAt(long t, String site, Collector<SiteHandover> out, boolean always)
            throws Exception {
        SiteHandover figures = HandoverFigures.at(site, incidents.values(), t, zone);
        SiteHandover previous = last.value();
        last.update(figures);
        if (always || previous == null || !sameFigures(previous, figures)) {
            out.collect(figures);
        }
    }

    /** Equal apart from the instant: no need to push an unchanged figure. */
    private static boolean sameFigures(SiteHandover a, SiteHandover b) {
        return a.ambulancesWaiting() == b.ambulancesWaiting()
                && a.longestWaitMinutes() == b.longestWaitMinutes()
                && a.handoversToday() == b.handoversToday()
                && a.handoverMillisToday() == b.handoverMillisToday()
                && a.millisLostToday() == b.millisLostToday()
                && a.waiting().equals(b.waiting());
    }
}
