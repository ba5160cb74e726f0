package org.flowboard.dashboard.history;

import org.flowboard.dashboard.live.LiveMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Appends every update the server's one Redis subscription delivers to the history. Runs on the
 * subscriber thread: one small script call per update, far below the rate of the jobs' own writes.
 */
@Component
class HistoryRecorder implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

    private final LiveMetrics live;
    private final MetricsHistory history;
    private LiveMetrics.Listening listening;

    HistoryRecorder(LiveMetrics live, MetricsHistory history) {
        this.live = live;
        this.history = history;
    }

    @Override
    public void start() {
        listening =
                live.listen(
                        update -> {
                            try {
                                history.append(update);
                            } catch (RuntimeException e) {
                                LOG.warn("history point not stored: {}", e.toString());
                            }
                        });
    }

    @Override
    public void stop() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }

    @Override
    public int getPhase() {
        // Before LiveMetrics (phase 0) starts delivering, after it stops.
        return -1;
    }
}
