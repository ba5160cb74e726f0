package org.flowboard.jobs.occupancy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.FlowEvent;
import org.jspecify.annotations.Nullable;

/**
 * Where one encounter is, from its ADT events replayed in event-time order with the HL7 semantics
 * of DESIGN.md section 6. Replaying the whole (short) history on every event, rather than applying
 * each event to a running state, is what makes a late or out-of-order event come out exactly as if
 * it had arrived in order.
 */
final class AdtReplay {

    /** Ward code for an inpatient whose event named no ward: counted as an unknown location. */
    static final String NO_WARD = "";

    private AdtReplay() {}

    /**
     * The encounter's ward after the events, or null when it is not an inpatient.
     *
     * @param inOrder the encounter's events sorted by event time, ties in the order received
     */
    static @Nullable String currentWard(List<FlowEvent> inOrder) {
        // Wards the encounter has been in during this stay, newest first, so that a cancelled
        // transfer can go back to the one before.
        Deque<String> stay = new ArrayDeque<>();
        boolean inpatient = false;
        for (FlowEvent event : inOrder) {
            EncounterDetail detail = event.encounter();
            switch (event.kind()) {
                case ADMIT -> {
                    if (isInpatientClass(detail)) {
                        stay.clear();
                        stay.push(wardOf(detail));
                        inpatient = true;
                    }
                }
                case TRANSFER -> {
                    // A transfer of an encounter admitted before our feed began still places it.
                    stay.push(wardOf(detail));
                    inpatient = true;
                }
                case CANCEL_TRANSFER -> {
                    if (inpatient && stay.size() > 1) {
                        stay.pop();
                    }
                }
                case DISCHARGE -> inpatient = false;
                case CANCEL_DISCHARGE -> inpatient = !stay.isEmpty();
                case CANCEL_ADMIT -> {
                    stay.clear();
                    inpatient = false;
                }
                default -> {
                    // ED arrivals and other kinds place nobody in a bed.
                }
            }
        }
        return inpatient ? stay.peek() : null;
    }

    static boolean movesEncounter(FlowEvent event) {
        return event.kind().isAdt();
    }

    private static boolean isInpatientClass(@Nullable EncounterDetail detail) {
        return detail != null && "I".equals(detail.patientClass());
    }

    private static String wardOf(@Nullable EncounterDetail detail) {
        return detail == null || detail.ward() == null ? NO_WARD : detail.ward();
    }
}
