package org.flowboard.dashboard.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * The server's one subscription to metric changes in Redis, the latest figures per scope, id and
 * group, and the listeners (screens) they fan out to. All state comes from Redis, so any number of
 * dashboard servers can run side by side.
 */
@Service
public class LiveMetrics implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveMetrics.class);
    private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(20);

    private final MetricsStore store;
    private final Map<MetricsKey, MetricsUpdate> latest = new ConcurrentHashMap<>();
    private final List<Consumer<MetricsUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pushScheduler =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "push-coalescer");
                        t.setDaemon(true);
                        return t;
                    });
    private MetricsStore.Subscription subscription;
    private volatile boolean running;

    LiveMetrics(MetricsStore store) {
        this.store = store;
    }

    @Override
    public void start() {
        // Subscribe first, then read: a change between the two is then seen at least once, and
        // the newer-wins merge makes seeing it twice harmless.
        subscription = store.subscribe(this::accept);
        awaitSubscribed();
        store.readAll().forEach(this::merge);
        running = true;
        LOG.info("live metrics: {} groups read from Redis, subscribed to changes", latest.size());
    }

    private void awaitSubscribed() {
        long deadline = System.nanoTime() + SUBSCRIBE_TIMEOUT.toNanos();
        while (!subscription.isSubscribed()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not subscribe to Redis metric changes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while subscribing", e);
            }
        }
    }

    /** Applies a change from Redis and tells every listener if it is newer than what we had. */
    void accept(MetricsUpdate update) {
        if (merge(update)) {
            for (Consumer<MetricsUpdate> listener : listeners) {
                try {
                    listener.accept(update);
                } catch (RuntimeException e) {
                    LOG.warn("a metrics listener failed: {}", e.toString());
                }
            }
        }
    }

    private boolean merge(MetricsUpdate update) {
        boolean[] changed = {false};
        latest.compute(
                MetricsKey.of(update),
                (key, old) -> {
                    // Same rule as the store: an older figure never replaces a newer one.
                    if (old == null || update.asOf() >= old.asOf()) {
                        changed[0] = true;
                        return update;
                    }
                    return old;
                });
        return changed[0];
    }

    /** The latest figures of every scope and group. */
    public List<MetricsUpdate> latest() {
        return List.copyOf(latest.values());
    }

    /**
     * Calls the listener, on the subscriber thread, with every newer update until the returned
     * handle is closed. Listeners must hand work off quickly (a screen coalesces and pushes).
     */
    public Listening listen(Consumer<MetricsUpdate> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A coalescer for one screen, flushing at most every {@code interval}. */
    public <K, V> PushCoalescer<K, V> coalescer(
            Duration interval, java.util.function.Function<V, K> key, Consumer<List<V>> flush) {
        return new PushCoalescer<>(
                interval,
                PushCoalescer.GATHER,
                key,
                flush,
                System::nanoTime,
                PushCoalescer.Scheduler.of(pushScheduler));
    }

    @Override
    public void stop() {
        running = false;
        if (subscription != null) {
            subscription.close();
        }
        pushScheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    /** A listener registration; closing it stops the calls. */
    @FunctionalInterface
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }
}
