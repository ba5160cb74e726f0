package org.flowboard.jobs.occupancy;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One encounter moved: out of {@code fromWard} (null: it was not an inpatient) into {@code toWard}
 * (null: it no longer is). Equal wards mean an event was applied that moved nobody.
 *
 * @param eventTime the latest event time of the encounter's events applied so far
 */
public record OccupancyDelta(
        String site, @Nullable String fromWard, @Nullable String toWard, long eventTime) {

    boolean moves() {
        return !Objects.equals(fromWard, toWard);
    }
}
