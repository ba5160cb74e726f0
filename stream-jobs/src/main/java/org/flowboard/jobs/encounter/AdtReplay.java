package org.flowboard.jobs.encounter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.FlowEvent;
import org.jspecify.annotations.Nullable;

/**
 * One encounter's stay, from its ADT events replayed in event-time order with the HL7 semantics of
 * DESIGN.md section 6. Replaying the whole (short) history on every event, rather than applying
 * each event to a running state, is what makes a late or out-of-order event come out exactly as if
 * it had arrived in order. Every job that needs an encounter's ADT state asks this class, so the
 * rules live in one place.
 */
public final class AdtReplay {

    /** Ward code for an inpatient whose event named no ward: counted as an unknown location. */
    public static final String NO_WARD = "";

    private AdtReplay() {}

    /**
     * The encounter after the events: where it is, since when it is admitted, and which of its
     * admissions and discharges still stand (not cancelled by an A11 or A13). Events of other kinds
     * in the list are ignored.
     *
     * @param inOrder the encounter's events sorted by event time, ties in the order received
     */
    public static Stay replay(List<FlowEvent> inOrder) {
        // Wards the encounter has been in during this stay, newest first, so that a cancelled
        // transfer can go back to the one before.
        Deque<String> stay = new ArrayDeque<>();
        boolean inpatient = false;
        @Nullable Long admittedAt = null;
        List<Long> admissions = new ArrayList<>();
        List<Long> discharges = new ArrayList<>();
        for (FlowEvent event : inOrder) {
            EncounterDetail detail = event.encounter();
            switch (event.kind()) {
                case ADMIT -> {
                    if (isInpatientClass(detail)) {
                        stay.clear();
                        stay.push(wardOf(detail));
                        inpatient = true;
                        admittedAt = event.eventTime();
                        admissions.add(event.eventTime());
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
                case DISCHARGE -> {
                    // Only an inpatient is discharged: an A03 that ends an ED visit is no bed
                    // freed.
                    if (inpatient) {
                        discharges.add(event.eventTime());
                    }
                    inpatient = false;
                }
                case CANCEL_DISCHARGE -> {
                    if (!inpatient && !stay.isEmpty()) {
                        // Not an inpatient with a stay behind it: only a discharge leaves that.
                        discharges.remove(discharges.size() - 1);
                        inpatient = true;
                    }
                }
                case CANCEL_ADMIT -> {
                    if (admittedAt != null) {
                        admissions.remove(admissions.size() - 1);
                    }
                    stay.clear();
                    inpatient = false;
                    admittedAt = null;
                }
                default -> {
                    // ED arrivals and other kinds place nobody in a bed.
                }
            }
        }
        return new Stay(inpatient ? stay.peek() : null, admittedAt, admissions, discharges);
    }

    private static boolean isInpatientClass(@Nullable EncounterDetail detail) {
        return detail != null && "I".equals(detail.patientClass());
    }

    private static String wardOf(@Nullable EncounterDetail detail) {
        return detail == null || detail.ward() == null ? NO_WARD : detail.ward();
    }

    /**
     * An encounter after its ADT events.
     *
     * @param ward where the inpatient is, or null when it is not one
     * @param admittedAt the A01 event time of the current stay, null when no admission stands
     *     (never admitted, cancelled, or placed by a transfer only)
     * @param admissions event times of the A01 inpatient admissions not cancelled
     * @param discharges event times of the A03 discharges of an inpatient not cancelled
     */
    public record Stay(
            @Nullable String ward,
            @Nullable Long admittedAt,
            List<Long> admissions,
            List<Long> discharges) {

        public Stay {
            admissions = List.copyOf(admissions);
            discharges = List.copyOf(discharges);
        }

        public boolean inpatient() {
            return ward != null;
        }
    }
}
