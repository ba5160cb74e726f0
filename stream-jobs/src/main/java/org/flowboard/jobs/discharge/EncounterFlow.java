package org.flowboard.jobs.discharge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the flow figures need of one encounter after its events so far: whether it is an inpatient,
 * since when, the admissions and discharges that stand, and its latest criteria to reside. Sent
 * whole on every event, so the site simply keeps the latest per encounter.
 *
 * @param admittedAt the A01 event time of the current stay, when one stands
 * @param admissions event times of the A01 inpatient admissions not cancelled
 * @param discharges event times of the A03 discharges not cancelled
 * @param nctr the latest criteria-to-reside event says it no longer meets the criteria
 * @param pathway the discharge pathway (0-3) of that event, when given
 * @param eventTime the latest event time of the encounter's events applied so far
 */
public record EncounterFlow(
        String site,
        String encounter,
        boolean inpatient,
        @Nullable Long admittedAt,
        List<Long> admissions,
        List<Long> discharges,
        boolean nctr,
        @Nullable Integer pathway,
        long eventTime) {

    public EncounterFlow {
        admissions = List.copyOf(admissions);
        discharges = List.copyOf(discharges);
    }

    /**
     * Nothing it did counts today or later: not an inpatient and no admission or discharge since.
     */
    boolean isSpentAt(long startOfDay) {
        // Loops, not streams: every site asks this of every encounter it holds at each midnight.
        return !inpatient && allBefore(admissions, startOfDay) && allBefore(discharges, startOfDay);
    }

    private static boolean allBefore(List<Long> times, long instant) {
        for (long t : times) {
            if (t >= instant) {
                return false;
            }
        }
        return true;
    }
}
