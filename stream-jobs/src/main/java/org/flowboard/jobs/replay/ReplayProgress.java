package org.flowboard.jobs.replay;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes read by the replay's source, for the progress bar. A replay runs in a local environment in
 * this JVM, so the source and the bar share this counter; on a cluster it would stay at zero.
 */
final class ReplayProgress {

    private static final AtomicLong BYTES = new AtomicLong();
    private static final AtomicLong RECORDS = new AtomicLong();

    private ReplayProgress() {}

    static void addBytes(long n) {
        BYTES.addAndGet(n);
    }

    static void addRecord() {
        RECORDS.incrementAndGet();
    }

    static long records() {
        return RECORDS.get();
    }

    static long bytes() {
        return BYTES.get();
    }

    static void reset() {
        BYTES.set(0);
        RECORDS.set(0);
    }
}
