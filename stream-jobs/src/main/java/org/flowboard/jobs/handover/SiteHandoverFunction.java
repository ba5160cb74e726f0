package org.flowboard.jobs.handover;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.jobs.Horizon;
import org.flowboard.jobs.LocalDays;
import org.jspecify.annotations.Nullable;

/**
 * Keyed by site: folds the site's ambulance events into one {@link Incident} each, in any arrival
 * order, and emits the site's handover figures at the latest event time seen whenever an incident
 * changes, again at local midnight (when the "today" figures start afresh), and at a replay's as-of
 * instant. A repeated event changes nothing and emits nothing.
 *
 * <p>At midnight an incident that no longer counts (handed over before the day, or a crew shown
 * waiting for over a day: a lost handover event) leaves the figures, but is kept until {@link
 * #RETENTION} after its latest news, so that a late handover still finds its arrival.
 */
class SiteHandoverFunction extends KeyedProcessFunction<String, FlowEvent, SiteHandover> {

    // Long enough that "today" never needs a retired incident, and a late handover still finds its
    // arrival.
    static final long RETENTION = Duration.ofHours(48).toMillis();

    private final ZoneId zone;
    private final long horizon;

    /** Incidents that count in the figures, by incident id. */
    private transient MapState<String, Incident> incidents;

    /** Incidents that no longer count, kept for late news until their retention ends. */
    private transient MapState<String, Incident> retired;

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

    static String keyOf(FlowEvent event) {
        return event.site();
    }

    @Override
    public void open(OpenContext context) {
        incidents =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "incidents", String.class, Incident.class));
        retired =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("retired", String.class, Incident.class));
        last = getRuntimeContext().getState(new ValueStateDescriptor<>("last", SiteHandover.class));
        days = new LocalDays(zone);
    }

    @Override
    public void processElement(FlowEvent event, Context ctx, Collector<SiteHandover> out)
            throws Exception {
        String id = Objects.requireNonNull(event.ambulance()).incident();
        long watermark = ctx.timerService().currentWatermark();
        Incident before = kept(incidents.get(id), watermark);
        boolean wasRetired = false;
        if (before == null) {
            before = kept(retired.get(id), watermark);
            wasRetired = before != null;
        }
        Incident after = apply(before, event);
        if (sameFigures(before, after)) {
            return;
        }
        if (wasRetired) {
            retired.remove(id);
        }
        incidents.put(id, after);
        SiteHandover previous = last.value();
        long t = Math.max(after.eventTime(), previous == null ? Long.MIN_VALUE : previous.asOf());
        if (Horizon.reportsEveryChange(horizon)) {
            emitAt(t, ctx.getCurrentKey(), out, false);
        }
        scheduleMidnightAfter(t, ctx);
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SiteHandover> out)
            throws Exception {
        retireStale(timestamp);
        SiteHandover previous = last.value();
        boolean report = timestamp == horizon;
        boolean newDay = previous != null && timestamp > previous.asOf();
        if (report || (Horizon.reportsEveryChange(horizon) && newDay)) {
            // At the replay's as-of instant the figures are reported even when unchanged.
            emitAt(timestamp, ctx.getCurrentKey(), out, report);
        }
        if (incidents.isEmpty() && retired.isEmpty()) {
            // Nothing left to report on or to wait for: the site leaves no state behind.
            last.clear();
        } else {
            scheduleMidnightAfter(timestamp, ctx);
        }
    }

    /**
     * Applying events in event-time order leaves the latest arrival and the latest handover; a
     * clear changes no figure, since handover is what ends the wait (DESIGN.md section 6).
     */
    static Incident apply(@Nullable Incident before, FlowEvent event) {
        String callSign = Objects.requireNonNull(event.ambulance()).callSign();
        Long arrived = before == null ? null : before.arrived();
        Long handedOver = before == null ? null : before.handedOver();
        long eventTime =
                Math.max(event.eventTime(), before == null ? Long.MIN_VALUE : before.eventTime());
        if (event.kind() == EventKind.AMBULANCE_ARRIVED) {
            arrived = later(arrived, event.eventTime());
        } else if (event.kind() == EventKind.AMBULANCE_HANDED_OVER) {
            handedOver = later(handedOver, event.eventTime());
        }
        return new Incident(
                event.site(),
                event.ambulance().incident(),
                callSign,
                arrived,
                handedOver,
                eventTime);
    }

    private static Long later(@Nullable Long current, long candidate) {
        return current == null ? candidate : Math.max(current, candidate);
    }

    private static boolean sameFigures(@Nullable Incident before, Incident after) {
        return before != null
                && Objects.equals(before.arrived(), after.arrived())
                && Objects.equals(before.handedOver(), after.handedOver())
                && before.callSign().equals(after.callSign());
    }

    /** The incident, unless its retention ended before the clock reached now. */
    private static @Nullable Incident kept(@Nullable Incident incident, long watermark) {
        return incident == null || watermark >= incident.eventTime() + RETENTION ? null : incident;
    }

    private void scheduleMidnightAfter(long t, Context ctx) {
        long midnight = days.startOfNext(t);
        if (Horizon.allows(horizon, midnight)) {
            ctx.timerService().registerEventTimeTimer(midnight);
        }
    }

    /** Takes out of the figures what no longer counts at T, and forgets what is past retention. */
    private void retireStale(long t) throws Exception {
        long startOfDay = days.startOf(t);
        List<Incident> stale = new ArrayList<>();
        for (Incident incident : incidents.values()) {
            if (incident.isStaleAt(t, startOfDay)) {
                stale.add(incident);
            }
        }
        for (Incident incident : stale) {
            incidents.remove(incident.incident());
            if (t < incident.eventTime() + RETENTION) {
                retired.put(incident.incident(), incident);
            }
        }
        List<String> forgotten = new ArrayList<>();
        for (Incident incident : retired.values()) {
            if (t >= incident.eventTime() + RETENTION) {
                forgotten.add(incident.incident());
            }
        }
        for (String id : forgotten) {
            retired.remove(id);
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
