package org.flowboard.jobs.encounter;

import org.jspecify.annotations.Nullable;

/**
 * What one applied event did to an encounter, for every job that counts encounters: where the
 * inpatient was before (occupancy), and the stay and criteria to reside after it (flow).
 *
 * @param site the encounter's site
 * @param encounter the encounter's pseudonymous key
 * @param adt whether the event was an ADT event (a criteria-to-reside event moves nobody)
 * @param wardBefore the inpatient's ward before the event, null when it was not one
 * @param stay the encounter after the event, its ward included
 * @param latestAdt the latest event time of the encounter's ADT events so far
 * @param nctr the latest criteria-to-reside event says it no longer meets the criteria
 * @param pathway the discharge pathway (0-3) of that event, when given
 * @param latest the latest event time of all the encounter's events so far
 */
public record EncounterChange(
        String site,
        String encounter,
        boolean adt,
        @Nullable String wardBefore,
        AdtReplay.Stay stay,
        long latestAdt,
        boolean nctr,
        @Nullable Integer pathway,
        long latest) {}
