package org.flowboard.jobs.discharge;

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
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.ReadinessDetail;
import org.flowboard.jobs.occupancy.AdtReplay;
import org.flowboard.jobs.occupancy.HeldEvent;

/**
 * Keyed by (site, encounter key): keeps the encounter's ADT and criteria-to-reside events, replays
 * them in event-time order ({@link AdtReplay}, the same rules as occupancy) and emits the whole
 * {@link EncounterFlow} for every event it applies. A late event is slotted into the history, so
 * the result equals that of the events in event-time order.
 */
final class EncounterFlowFunction extends KeyedProcessFunction<String, FlowEvent, EncounterFlow> {

    /**
     * As for occupancy: late corrections seen in practice, without piling up discharged patients.
     */
    static final Duration RETENTION = Duration.ofDays(14);

    private transient MapState<String, HeldEvent> eventsBySourceId;
    private transient ValueState<Long> arrivals;
    private transient ValueState<Long> cleanupTimer;

    static String keyOf(FlowEvent event) {
        return event.site() + "/" + encounterKeyOf(event);
    }

    static String encounterKeyOf(FlowEvent event) {
        ReadinessDetail readiness = event.readiness();
        return readiness != null
                ? readiness.encounterKey()
                : Objects.requireNonNull(event.encounter()).key();
    }

    static boolean isFlowEvent(FlowEvent event) {
        return event.kind().isAdt() || event.kind() == EventKind.READINESS;
    }

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
        cleanupTimer =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("cleanup-timer", Types.LONG));
    }

    @Override
    public void processElement(FlowEvent event, Context ctx, Collector<EncounterFlow> out)
            throws Exception {
        List<HeldEvent> history = new ArrayList<>();
        eventsBySourceId.values().forEach(history::add);
        if (isDuplicate(event, history)) {
            return;
        }
        long arrival = arrivals.value() == null ? 0 : arrivals.value() + 1;
        arrivals.update(arrival);
        HeldEvent held = new HeldEvent(arrival, event);
        eventsBySourceId.put(event.sourceId(), held);
        history.add(held);
        history.sort(HeldEvent.EVENT_TIME_ORDER);

        EncounterFlow flow = replay(event.site(), encounterKeyOf(event), history);
        out.collect(flow);
        scheduleCleanup(flow, ctx);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EncounterFlow> out)
            throws Exception {
        // The site forgets the encounter by its own clock once it counts for nothing today.
        if (Objects.equals(cleanupTimer.value(), timestamp)) {
            eventsBySourceId.clear();
            arrivals.clear();
            cleanupTimer.clear();
        }
    }

    static EncounterFlow replay(String site, String encounter, List<HeldEvent> inOrder) {
        List<FlowEvent> events = new ArrayList<>(inOrder.size());
        inOrder.forEach(h -> events.add(h.event()));
        AdtReplay.Stay stay = AdtReplay.replay(events);
        ReadinessDetail readiness = null;
        for (FlowEvent event : events) {
            if (event.readiness() != null) {
                readiness = event.readiness();
            }
        }
        return new EncounterFlow(
                site,
                encounter,
                stay.inpatient(),
                stay.admittedAt(),
                stay.admissions(),
                stay.discharges(),
                readiness != null && !readiness.criteriaToReside(),
                readiness == null ? null : readiness.pathway(),
                events.get(events.size() - 1).eventTime());
    }

    private static boolean isDuplicate(FlowEvent event, List<HeldEvent> history) {
        for (HeldEvent h : history) {
            if (h.event().sourceId().equals(event.sourceId()) || h.sameFeedEventAs(event)) {
                return true;
            }
        }
        return false;
    }

    /** Inpatients are kept; an encounter that is not one is forgotten after the retention. */
    private void scheduleCleanup(EncounterFlow flow, Context ctx) throws Exception {
        Long pending = cleanupTimer.value();
        long wanted = flow.eventTime() + RETENTION.toMillis();
        if (!flow.inpatient() && pending != null && pending == wanted) {
            // Already the timer wanted: deleting and registering it again changes nothing.
            return;
        }
        if (pending != null) {
            ctx.timerService().deleteEventTimeTimer(pending);
            cleanupTimer.clear();
        }
        if (!flow.inpatient()) {
            ctx.timerService().registerEventTimeTimer(wanted);
            cleanupTimer.update(wanted);
        }
    }
}
