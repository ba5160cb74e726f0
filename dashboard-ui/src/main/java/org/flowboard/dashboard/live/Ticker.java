package org.flowboard.dashboard.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One server timer for every screen: waits tick on and feeds are judged stale on the server's clock
 * even when no event arrives. Every {@code flowboard.ui.tick-seconds} (20 s: a displayed minute is
 * never more than 20 s late).
 */
@Component
public class Ticker implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "screen-ticker");
                        t.setDaemon(true);
                        return t;
                    });
    private final Duration interval;

    Ticker(@Value("${flowboard.ui.tick-seconds:20}") long seconds) {
        this.interval = Duration.ofSeconds(seconds);
        timer.scheduleAtFixedRate(this::tick, seconds, interval.toSeconds(), TimeUnit.SECONDS);
    }

    public Duration interval() {
        return interval;
    }

    private void tick() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("a screen tick failed: {}", e.toString());
            }
        }
    }

    /** Calls the listener on the timer thread every tick until the handle is closed. */
    public LiveMetrics.Listening listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
