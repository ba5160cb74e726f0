package org.flowboard.jobs.encounter;

import java.util.Comparator;
import java.util.Objects;
import org.flowboard.events.FlowEvent;
import org.jspecify.annotations.Nullable;

/**
 * An encounter's event as kept in state, with the order it arrived in (ties in event time are
 * applied in the order received).
 */
public record HeldEvent(long arrival, FlowEvent event) {

    public static final Comparator<HeldEvent> EVENT_TIME_ORDER =
            Comparator.comparingLong((HeldEvent h) -> h.event().eventTime())
                    .thenComparingLong(HeldEvent::arrival);

    /**
     * The same feed event again under another message id: same kind at the same time (DESIGN.md
     * section 6), and to the same ward, since two real transfers can share a minute-precision HL7
     * timestamp.
     */
    public boolean sameFeedEventAs(FlowEvent other) {
        return event.kind() == other.kind()
                && event.eventTime() == other.eventTime()
                && Objects.equals(wardOf(event), wardOf(other));
    }

    private static @Nullable String wardOf(FlowEvent event) {
        return event.encounter() == null ? null : event.encounter().ward();
    }
}
