package org.flowboard.dashboard.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Gathers items offered from any thread and hands them on in batches, at most one batch per
 * interval (250 ms gives the at most four pushes a second of DESIGN.md section 1). Within a batch
 * only the latest item per key is kept, so a burst of changes to one tile costs one update.
 *
 * <p>The first item after a quiet spell goes out after a short gathering delay ({@link #GATHER}):
 * one event in a hospital changes several figures (the site's beds, the ICS total, the day's
 * admissions, the feed's activity), which reach Redis from different operators a few milliseconds
 * apart. Sent at once, the first would use up the interval and the site's own figure would wait a
 * quarter of a second behind it. Items arriving while a batch is due wait for it.
 */
public final class PushCoalescer<K, V> implements AutoCloseable {

    /** Runs a task after a delay; a scheduled executor in service, a manual one in tests. */
    @FunctionalInterface
    public interface Scheduler {
        Future<?> schedule(Runnable task, long delayNanos);

        static Scheduler of(ScheduledExecutorService executor) {
            return (task, delayNanos) -> executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Long enough for the figures of one event to arrive together, short beside the interval. */
    public static final Duration GATHER = Duration.ofMillis(50);

    private final long intervalNanos;
    private final long gatherNanos;
    private final Function<V, K> key;
    private final Consumer<List<V>> flush;
    private final LongSupplier nanoTime;
    private final Scheduler scheduler;

    private final Map<K, V> pending = new LinkedHashMap<>();
    private Future<?> due;
    private long lastFlush;
    private boolean flushedBefore;
    private boolean closed;

    PushCoalescer(
            Duration interval,
            Duration gather,
            Function<V, K> key,
            Consumer<List<V>> flush,
            LongSupplier nanoTime,
            Scheduler scheduler) {
        this.intervalNanos = interval.toNanos();
        this.gatherNanos = gather.toNanos();
        this.key = key;
        this.flush = flush;
        this.nanoTime = nanoTime;
        this.scheduler = scheduler;
    }

    public synchronized void offer(V item) {
        if (closed) {
            return;
        }
        pending.put(key.apply(item), item);
        if (due == null) {
            long sinceLast = nanoTime.getAsLong() - lastFlush;
            long delay =
                    flushedBefore ? Math.max(gatherNanos, intervalNanos - sinceLast) : gatherNanos;
            due = scheduler.schedule(this::flushNow, delay);
        }
    }

    private void flushNow() {
        List<V> batch;
        synchronized (this) {
            due = null;
            if (closed || pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending.values());
            pending.clear();
            lastFlush = nanoTime.getAsLong();
            flushedBefore = true;
        }
        // Outside the lock: the consumer may block on the UI lock, offers must not wait for it.
        flush.accept(batch);
    }

    /** Drops whatever is pending; nothing is flushed after this. */
    @Override
    public synchronized void close() {
        closed = true;
        pending.clear();
        if (due != null) {
            due.cancel(false);
            due = null;
        }
    }
}
