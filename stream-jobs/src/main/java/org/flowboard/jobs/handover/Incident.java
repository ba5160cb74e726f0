package org.flowboard.jobs.handover;

import org.jspecify.annotations.Nullable;

/**
 * What is known of one ambulance incident at a site, from its arrived / handed over / clear events.
 *
 * @param arrived when the ambulance arrived at the emergency department, epoch ms, if known yet
 * @param handedOver when the patient was handed over, epoch ms, if known yet
 * @param eventTime the latest event time that changed it
 */
public record Incident(
        String site,
        String incident,
        String callSign,
        @Nullable Long arrived,
        @Nullable Long handedOver,
        long eventTime) {

    /** Waiting at T: arrived at or before T and not yet handed over at T. */
    boolean isWaitingAt(long t) {
        return arrived != null && arrived <= t && (handedOver == null || handedOver > t);
    }

    /** Handed over within [from, to], with an arrival to measure from. */
    boolean isHandedOverBetween(long from, long to) {
        return arrived != null && handedOver != null && handedOver >= from && handedOver <= to;
    }

    /**
     * Of no further use at T: handed over before T's local day, or waiting with no news for so long
     * that its handover event must have been lost (it would otherwise hold the longest wait for
     * ever).
     */
    boolean isStaleAt(long t, long startOfDay) {
        return handedOver != null
                ? handedOver < startOfDay
                : arrived == null || t - arrived > LOST_AFTER;
    }

    static final long LOST_AFTER = java.time.Duration.ofHours(24).toMillis();

    long handoverMillis() {
        return Math.max(0, handedOver - arrived);
    }
}
