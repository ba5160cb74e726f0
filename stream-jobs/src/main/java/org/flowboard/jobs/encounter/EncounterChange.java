package org.flowboard.jobs.encounter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one applied event did to an encounter, for every job that counts encounters: where the
 * inpatient was before and is now (occupancy), and the stay and criteria to reside after it (flow).
 *
 * @param site the encounter's site
 * @param encounter the encounter's pseudonymous key
 * @param adt whether the event was an ADT event (a criteria-to-reside event moves nobody)
 * @param wardBefore the inpatient's ward before the event, null when it was not one
 * @param wardNow the inpatient's ward after it, null when it is not one
 * @param latestAdt the latest event time of the encounter's ADT events so far
 * @param admittedAt the A01 event time of the current stay, when one stands
 * @param admissions event times of the A01 inpatient admissions not cancelled
 * @param discharges event times of the A03 discharges not cancelled
 * @param nctr the latest criteria-to-reside event says it no longer meets the criteria
 * @param pathway the discharge pathway (0-3) of that event, when given
 * @param latest the latest event time of all the encounter's events so far
 */
public record EncounterChange(
        String site,
        String encounter,
        boolean adt,
        @Nullable String wardBefore,
        @Nullable String wardNow,
        long latestAdt,
        @Nullable Long admittedAt,
        List<Long> admissions,
        List<Long> discharges,
        boolean nctr,
        @Nullable Integer pathway,
        long latest) {

    public EncounterChange {
        admissions = List.copyOf(admissions);
        discharges = List.copyOf(discharges);
    }

    public boolean inpatient() {
        return wardNow != null;
    }
}
