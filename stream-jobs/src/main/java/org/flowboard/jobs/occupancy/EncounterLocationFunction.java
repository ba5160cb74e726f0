package org.flowboard.jobs.occupancy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.FlowEvent;
import org.jspecify.annotations.Nullable;

/**
 * Keyed by (site, encounter key): keeps the encounter's ADT events, works out where it is now by
 * replaying them in event-time order ({@link AdtReplay}), and emits a delta for every event it
 * applies (a move, or none). Figures move at once on every event, yet equal those of applying the
 * events in event-time order, because a late event is slotted into the history and the whole
 * history replayed.
 */
public final class EncounterLocationFunction
        extends KeyedProcessFunction<String, FlowEvent, OccupancyDelta> {

    /**
     * How long an encounter's events are kept after it stops being an inpatient. Long enough for
     * the late corrections seen in practice (a discharge cancelled, an admission cancelled days
     * later), short enough that discharged patients do not pile up in state.
     */
    static final Duration RETENTION = Duration.ofDays(14);

    private transient MapState<String, HeldEvent> eventsBySourceId;
    private transient ValueState<Long> arrivals;
    private transient ValueState<String> ward;
    private transient ValueState<Long> cleanupTimer;

    @Override
    public void open(OpenContext openContext) {
        eventsBySourceId =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "events-by-source-id",
                                        Types.STRING,
                                        TypeInformation.of(HeldEvent.class)));
        arrivals = getRuntimeContext().getState(new ValueStateDescriptor<>("arrivals", Types.LONG));
        ward = getRuntimeContext().getState(new ValueStateDescriptor<>("ward", Types.STRING));
        cleanupTimer =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("cleanup-timer", Types.LONG));
    }

    /** The state key: one encounter at one site. */
    static String keyOf(FlowEvent event) {
        return event.site() + "/" + Objects.requireNonNull(event.encounter()).key();
    }

    @Override
    public void processElement(FlowEvent event, Context ctx, Collector<OccupancyDelta> out)
            throws Exception {
        List<HeldEvent> history = history();
        if (isDuplicate(event, history)) {
            return;
        }
        long arrival = arrivals.value() == null ? 0 : arrivals.value() + 1;
        arrivals.update(arrival);
        HeldEvent held = new HeldEvent(arrival, event);
        eventsBySourceId.put(event.sourceId(), held);
        history.add(held);
        history.sort(HeldEvent.EVENT_TIME_ORDER);

        List<FlowEvent> inOrder = new ArrayList<>(history.size());
        history.forEach(h -> inOrder.add(h.event()));
        long latest = inOrder.get(inOrder.size() - 1).eventTime();
        @Nullable String before = ward.value();
        @Nullable String now = AdtReplay.currentWard(inOrder);
        if (!Objects.equals(before, now)) {
            ward.update(now);
        }
        // Emitted even when nobody moved, so the site's figures still say how far they reach.
        out.collect(new OccupancyDelta(event.site(), before, now, latest));
        scheduleCleanup(now == null, latest, ctx);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OccupancyDelta> out)
            throws Exception {
        if (Objects.equals(cleanupTimer.value(), timestamp) && ward.value() == null) {
            eventsBySourceId.clear();
            arrivals.clear();
            ward.clear();
            cleanupTimer.clear();
        }
    }

    private static boolean isDuplicate(FlowEvent event, List<HeldEvent> history) {
        for (HeldEvent h : history) {
            if (h.event().sourceId().equals(event.sourceId()) || h.sameFeedEventAs(event)) {
                return true;
            }
        }
        return false;
    }

    private List<HeldEvent> history() throws Exception {
        List<HeldEvent> history = new ArrayList<>();
        eventsBySourceId.values().forEach(history::add);
        return history;
    }

    /** Inpatients are kept; an encounter that is not one is forgotten after the retention. */
    private void scheduleCleanup(boolean notInpatient, long latest, Context ctx) throws Exception {
        Long pending = cleanupTimer.value();
        long wanted = latest + RETENTION.toMillis();
        if (pending != null && (!notInpatient || pending != wanted)) {
            ctx.timerService().deleteEventTimeTimer(pending);
            cleanupTimer.clear();
        }
        if (notInpatient && (pending == null || pending != wanted)) {
            ctx.timerService().registerEventTimeTimer(wanted);
            cleanupTimer.update(wanted);
        }
    }
}
