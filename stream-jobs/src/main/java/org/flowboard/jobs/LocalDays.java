package org.flowboard.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The local day of an instant in one time zone, remembered: a per-site function asks for the next
 * midnight on every event, almost always within the day it asked about last, and the zone rules
 * behind the answer cost more than the rest of the function. Not thread-safe: one per function
 * instance.
 */
public final class LocalDays {

    private final ZoneId zone;
    private long dayStart = Long.MAX_VALUE;
    private long nextDayStart = Long.MIN_VALUE;

    public LocalDays(ZoneId zone) {
        this.zone = zone;
    }

    /** The first instant of t's local day, epoch ms. */
    public long startOf(long t) {
        remember(t);
        return dayStart;
    }

    /** The first instant of the local day after t's (the next local midnight), epoch ms. */
    public long startOfNext(long t) {
        remember(t);
        return nextDayStart;
    }

    private void remember(long t) {
        if (t >= dayStart && t < nextDayStart) {
            return;
        }
        LocalDate day = Instant.ofEpochMilli(t).atZone(zone).toLocalDate();
        dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        nextDayStart = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
