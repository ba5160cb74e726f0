package org.flowboard.jobs.occupancy;

import java.util.Comparator;
import org.flowboard.events.FlowEvent;

/**
 * An encounter's event as kept in state, with the order it arrived in (ties in event time are
 * applied in the order received).
 */
public record HeldEvent(long arrival, FlowEvent event) {

    static final Comparator<HeldEvent> EVENT_TIME_ORDER =
            Comparator.comparingLong((HeldEvent h) -> h.event().eventTime())
                    .thenComparingLong(HeldEvent::arrival);

    /** The same feed event again: same kind at the same time (DESIGN.md section 6). */
    boolean sameFeedEventAs(FlowEvent other) {
        return event.kind() == other.kind() && event.eventTime() == other.eventTime();
    }
}
