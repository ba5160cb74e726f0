package org.flowboard.dashboard.handover;

import java.time.Duration;
import java.time.Instant;

/**
 * One ambulance crew waiting to hand over, judged at an instant: its wait and its Release to Rescue
 * time.
 *
 * @param callSign the vehicle's call sign (never anything about the patient)
 * @param site ODS code of the ED it waits at
 * @param arrived when it arrived at the ED
 * @param waitMinutes whole minutes waited so far, rounded down
 * @param releaseAt arrival + 45 minutes: when the crew should be released to respond
 * @param flagged waited 30 minutes or more
 * @param pastRelease the release time has passed
 */
public record CrewWait(
        String callSign,
        String site,
        Instant arrived,
        long waitMinutes,
        Instant releaseAt,
        boolean flagged,
        boolean pastRelease) {

    /** Release to Rescue: a crew may be released 45 minutes after arrival. */
    public static final Duration RELEASE_AFTER = Duration.ofMinutes(45);

    /** From 30 minutes a wait is flagged, before the release time is reached. */
    public static final Duration FLAG_FROM = Duration.ofMinutes(30);

    public static CrewWait of(String callSign, String site, Instant arrived, Instant now) {
        long waited = Math.max(0, Duration.between(arrived, now).toMillis());
        Instant release = arrived.plus(RELEASE_AFTER);
        return new CrewWait(
                callSign,
                site,
                arrived,
                waited / 60_000,
                release,
                waited >= FLAG_FROM.toMillis(),
                !now.isBefore(release));
    }
}
