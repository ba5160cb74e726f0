package org.flowboard.jobs.encounter;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.ReadinessDetail;
import org.jspecify.annotations.Nullable;

/**
 * Keyed by (site, encounter key): keeps the encounter's ADT and criteria-to-reside events, replays
 * them in event-time order ({@link AdtReplay}) on every event it applies, and emits what the event
 * did ({@link EncounterChange}) for occupancy and flow alike. Figures move at once on every event,
 * yet equal those of applying the events in event-time order, because a late event is slotted into
 * the history and the whole history replayed.
 *
 * <p>One function and one state value per encounter serve both jobs: each event crosses one
 * shuffle, costs one state look-up and one replay, and an encounter has one cleanup timer.
 */
public final class EncounterFunction
        extends KeyedProcessFunction<String, FlowEvent, EncounterChange> {

    /**
     * How long an encounter's events are kept after it stops being an inpatient. Long enough for
     * the late corrections seen in practice (a discharge cancelled, an admission cancelled days
     * later), short enough that discharged patients do not pile up in state.
     */
    public static final Duration RETENTION = Duration.ofDays(14);

    private transient ValueState<EncounterHistory> history;

    /** The events this function keeps: those that place, move or free a bed, and readiness. */
    public static boolean isEncounterEvent(FlowEvent event) {
        return event.kind().isAdt() || event.kind() == EventKind.READINESS;
    }

    /** The state key: one encounter at one site. */
    public static String keyOf(FlowEvent event) {
        return event.site() + "/" + encounterKeyOf(event);
    }

    static String encounterKeyOf(FlowEvent event) {
        ReadinessDetail readiness = event.readiness();
        return readiness != null
                ? readiness.encounterKey()
                : Objects.requireNonNull(event.encounter()).key();
    }

    @Override
    public void open(OpenContext openContext) {
        history =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "encounter", TypeInformation.of(EncounterHistory.class)));
    }

    @Override
    public void processElement(FlowEvent event, Context ctx, Collector<EncounterChange> out)
            throws Exception {
        EncounterHistory before = history.value();
        if (before == null) {
            before = EncounterHistory.EMPTY;
        } else if (before.holds(event)) {
            return;
        }
        EncounterHistory after = before.with(event);
        List<FlowEvent> inOrder = after.inOrder();
        AdtReplay.Stay stay = AdtReplay.replay(inOrder);
        after = after.withWard(stay.ward());
        long latest = after.latest(false);
        if (needsCleanupTimer(after)) {
            long cleanup = latest + RETENTION.toMillis();
            ctx.timerService().registerEventTimeTimer(cleanup);
            after = after.withCleanupAt(cleanup);
        }
        history.update(after);
        @Nullable ReadinessDetail readiness = latestReadiness(inOrder);
        out.collect(
                new EncounterChange(
                        event.site(),
                        encounterKeyOf(event),
                        event.kind().isAdt(),
                        before.ward(),
                        stay,
                        after.latest(true),
                        readiness != null && !readiness.criteriaToReside(),
                        readiness == null ? null : readiness.pathway(),
                        latest));
    }

    /**
     * The cleanup timer is lazy: one at a time, never deleted. When it fires it checks the
     * encounter again, and sets itself later if the encounter had news since.
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EncounterChange> out)
            throws Exception {
        EncounterHistory current = history.value();
        if (current == null || !Objects.equals(current.cleanupAt(), timestamp)) {
            return;
        }
        current = current.withCleanupAt(null);
        if (isSpentAt(current, timestamp)) {
            history.clear();
            return;
        }
        if (needsCleanupTimer(current)) {
            long cleanup = current.latest(false) + RETENTION.toMillis();
            ctx.timerService().registerEventTimeTimer(cleanup);
            current = current.withCleanupAt(cleanup);
        }
        history.update(current);
    }

    /** Inpatients are kept; an encounter that is not one is forgotten after the retention. */
    private static boolean needsCleanupTimer(EncounterHistory history) {
        return history.ward() == null && history.cleanupAt() == null;
    }

    private static boolean isSpentAt(EncounterHistory history, long t) {
        return history.ward() == null && t >= history.latest(false) + RETENTION.toMillis();
    }

    private static @Nullable ReadinessDetail latestReadiness(List<FlowEvent> inOrder) {
        ReadinessDetail readiness = null;
        for (FlowEvent event : inOrder) {
            if (event.readiness() != null) {
                readiness = event.readiness();
            }
        }
        return readiness;
    }
}
