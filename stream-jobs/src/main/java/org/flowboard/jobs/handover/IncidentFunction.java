package org.flowboard.jobs.handover;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;

/**
 * Keyed by site and incident: folds an incident's ambulance events into one {@link Incident}, in
 * any arrival order, and emits it whenever it changes. A repeated event changes nothing and emits
 * nothing.
 */
class IncidentFunction extends KeyedProcessFunction<String, FlowEvent, Incident> {

    // Long enough that "today" never needs a retired incident, and a late handover still finds its
    // arrival.
    // An incident with no news for this long is a lost feed event, not an ambulance still queuing.
    static final long RETENTION = Duration.ofHours(48).toMillis();

    private transient ValueState<Incident> incident;

    static String keyOf(FlowEvent event) {
        return event.site() + "|" + Objects.requireNonNull(event.ambulance()).incident();
    }

    @Override
    public void open(OpenContext context) {
        incident =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("incident", Incident.class));
    }

    @Override
    public void processElement(FlowEvent event, Context ctx, Collector<Incident> out)
            throws Exception {
        Incident before = incident.value();
        Incident after = apply(before, event);
        if (sameFigures(before, after)) {
            return;
        }
        if (before == null) {
            // One timer at a time, never deleted: when it fires it looks again (see onTimer).
            ctx.timerService().registerEventTimeTimer(after.eventTime() + RETENTION);
        }
        incident.update(after);
        out.collect(after);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Incident> out)
            throws Exception {
        Incident current = incident.value();
        if (current == null) {
            return;
        }
        long expiry = current.eventTime() + RETENTION;
        if (timestamp >= expiry) {
            // Forget quietly: the site drops the incident by its own clock, so that retiring one
            // incident never races with another incident's news on the way to the site.
            incident.clear();
        } else {
            // News came after this timer was set: the incident lives on until its own expiry.
            ctx.timerService().registerEventTimeTimer(expiry);
        }
    }

    static Incident apply(Incident before, FlowEvent event) {
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
        // A clear changes no figure: handover is what ends the wait (DESIGN.md section 6).
        return new Incident(
                event.site(),
                event.ambulance().incident(),
                callSign,
                arrived,
                handedOver,
                eventTime);
    }

    /** Applying events in event-time order leaves the latest of each kind. */
    private static Long later(Long current, long candidate) {
        return current == null ? candidate : Math.max(current, candidate);
    }

    private static boolean sameFigures(Incident before, Incident after) {
        return before != null
                && Objects.equals(before.arrived(), after.arrived())
                && Objects.equals(before.handedOver(), after.handedOver())
                && before.callSign().equals(after.callSign());
    }
}
