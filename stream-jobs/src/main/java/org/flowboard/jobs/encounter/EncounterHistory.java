package org.flowboard.jobs.encounter;

import java.util.ArrayList;
import java.util.List;
import org.flowboard.events.FlowEvent;
import org.jspecify.annotations.Nullable;

/**
 * One encounter as kept in state: its events in event-time order (ties in the order received), how
 * many have arrived, where the inpatient was after the last one applied, and the cleanup timer that
 * is registered, if any. One value per encounter, so an event costs one state look-up.
 *
 * @param events applied events, sorted by {@link HeldEvent#EVENT_TIME_ORDER}
 * @param arrivals how many events were applied: the next one's arrival number
 * @param ward the inpatient's ward after the events, null when it is not one
 * @param cleanupAt the event time of the registered cleanup timer, null when none is registered
 */
public record EncounterHistory(
        List<HeldEvent> events, long arrivals, @Nullable String ward, @Nullable Long cleanupAt) {

    static final EncounterHistory EMPTY = new EncounterHistory(List.of(), 0, null, null);

    public EncounterHistory {
        events = List.copyOf(events);
    }

    /** The same event already applied: the same message again, or the same feed event resent. */
    boolean holds(FlowEvent event) {
        for (HeldEvent held : events) {
            if (held.event().sourceId().equals(event.sourceId()) || held.sameFeedEventAs(event)) {
                return true;
            }
        }
        return false;
    }

    /** With the event slotted into its place in event time; the ward is the caller's to update. */
    EncounterHistory with(FlowEvent event) {
        HeldEvent held = new HeldEvent(arrivals, event);
        List<HeldEvent> sorted = new ArrayList<>(events.size() + 1);
        sorted.addAll(events);
        int at = sorted.size();
        // From the end: events mostly arrive in order.
        while (at > 0 && HeldEvent.EVENT_TIME_ORDER.compare(sorted.get(at - 1), held) > 0) {
            at--;
        }
        sorted.add(at, held);
        return new EncounterHistory(sorted, arrivals + 1, ward, cleanupAt);
    }

    EncounterHistory withWard(@Nullable String now) {
        return new EncounterHistory(events, arrivals, now, cleanupAt);
    }

    EncounterHistory withCleanupAt(@Nullable Long timer) {
        return new EncounterHistory(events, arrivals, ward, timer);
    }

    /** The events in event-time order. */
    List<FlowEvent> inOrder() {
        List<FlowEvent> inOrder = new ArrayList<>(events.size());
        for (HeldEvent held : events) {
            inOrder.add(held.event());
        }
        return inOrder;
    }

    /** The latest event time of all the events, or of the ADT ones only. */
    long latest(boolean adtOnly) {
        long latest = Long.MIN_VALUE;
        for (HeldEvent held : events) {
            if (!adtOnly || held.event().kind().isAdt()) {
                latest = Math.max(latest, held.event().eventTime());
            }
        }
        return latest;
    }
}
