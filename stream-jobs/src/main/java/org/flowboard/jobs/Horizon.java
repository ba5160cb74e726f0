package org.flowboard.jobs;

import org.apache.flink.streaming.api.TimerService;

/**
 * The as-of instant T up to which a bounded replay reports (DESIGN.md section 5). Each per-site and
 * ICS function reports its figures once more at T, by an event-time timer that fires only when
 * every event at or before T is in, and schedules nothing after T: a timer beyond T would report
 * figures of a later instant, or let one site's midnight race another site's figures at T.
 *
 * <p>Over input that holds only events at or before T, the usual watermark strategies stay below T
 * (they trail the latest event time), so the timer fires on the end-of-input watermark, after every
 * event; per-site timers fire before that watermark reaches the ICS, so the ICS sums the sites at
 * T. The replay's source must keep one site's events in the order received (as {@code flow.events},
 * keyed by site, does), since ties in event time are applied in that order.
 */
public final class Horizon {

    /** No horizon: the live system, which reports for as long as events come. */
    public static final long LIVE = Long.MAX_VALUE;

    private Horizon() {}

    public static boolean isLive(long horizon) {
        return horizon == LIVE;
    }

    /**
     * Whether figures are sent on at every change. Live they are; a replay reads only the figures
     * at T, so it skips the work of every figure before (most of a replay's time otherwise).
     */
    public static boolean reportsEveryChange(long horizon) {
        return isLive(horizon);
    }

    /** Asks for the report at T; a no-op live. Repeated calls register one timer. */
    public static void scheduleReport(TimerService timers, long horizon) {
        if (!isLive(horizon)) {
            timers.registerEventTimeTimer(horizon);
        }
    }

    /** Whether a timer at this instant may be scheduled (never after T). */
    public static boolean allows(long horizon, long timer) {
        return timer <= horizon;
    }
}
