package org.flowboard.feeds;

import java.time.Instant;

/**
 * Messages and rejections per minute, averaged over the last {@value #MINUTES} minutes (the current
 * one included), for feed-health views. A ring of one-minute buckets: constant memory however busy
 * the feed. Thread-safe.
 */
public final class MinuteRates {

    static final int MINUTES = 5;

    /** Averages over the window. */
    public record PerMinute(double messages, double rejections) {}

    private final long[] minute = new long[MINUTES];
    private final long[] messages = new long[MINUTES];
    private final long[] rejections = new long[MINUTES];

    /** Counts messages (rejected ones included) and, of them, rejections received at a time. */
    public synchronized void add(Instant at, long messageCount, long rejectionCount) {
        long m = at.getEpochSecond() / 60;
        int slot = (int) Math.floorMod(m, (long) MINUTES);
        if (minute[slot] != m) {
            minute[slot] = m;
            messages[slot] = 0;
            rejections[slot] = 0;
        }
        messages[slot] += messageCount;
        rejections[slot] += rejectionCount;
    }

    public synchronized PerMinute perMinute(Instant now) {
        long current = now.getEpochSecond() / 60;
        long m = 0;
        long r = 0;
        for (int i = 0; i < MINUTES; i++) {
            if (minute[i] > current - MINUTES && minute[i] <= current) {
                m += messages[i];
                r += rejections[i];
            }
        }
        return new PerMinute((double) m / MINUTES, (double) r / MINUTES);
    }
}
