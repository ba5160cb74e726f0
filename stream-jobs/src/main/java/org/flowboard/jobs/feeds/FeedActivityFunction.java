package org.flowboard.jobs.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Keyed by site: when each of its feeds last delivered, and its usual gap, so that a screen can say
 * "no data from RZZ01 PAS since 14:02" once a feed has been quiet for much longer than usual. Sent
 * on at most every {@link #EMIT_EVERY} per feed: staleness is judged in minutes, not per event.
 */
class FeedActivityFunction extends KeyedProcessFunction<String, FlowEvent, MetricsUpdate> {

    static final String GROUP = "feeds";
    static final Duration EMIT_EVERY = Duration.ofSeconds(10);
    // Weight of the newest gap in the moving average: a feed's rhythm changes over hours, not
    // events.
    static final double GAP_WEIGHT = 0.05;

    private transient MapState<String, FeedActivity> feeds;

    /** The outside feed an event came by (DESIGN.md section 1). */
    static String feedOf(EventKind kind) {
        if (kind.isAdt() || kind == EventKind.ED_ARRIVAL) {
            return "adt";
        }
        if (kind.isAmbulance()) {
            return "ambulance";
        }
        return kind == EventKind.CAPACITY ? "capacity" : "readiness";
    }

    @Override
    public void open(OpenContext context) {
        feeds =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "feeds",
                                        Types.STRING,
                                        TypeInformation.of(FeedActivity.class)));
    }

    @Override
    public void processElement(FlowEvent event, Context ctx, Collector<MetricsUpdate> out)
            throws Exception {
        String feed = feedOf(event.kind());
        FeedActivity before = feeds.get(feed);
        FeedActivity after = next(before, feed, event);
        boolean due =
                before == null
                        || after.lastReceivedAt() - before.lastEmittedAt() >= EMIT_EVERY.toMillis();
        if (due) {
            after = withEmittedAt(after, after.lastReceivedAt());
        }
        feeds.put(feed, after);
        if (due) {
            out.collect(update(ctx.getCurrentKey(), after.lastReceivedAt()));
        }
    }

    static FeedActivity next(FeedActivity before, String feed, FlowEvent event) {
        long received = event.receivedAt();
        if (before == null) {
            return new FeedActivity(feed, received, event.eventTime(), 0, 1, 0);
        }
        long gap = Math.max(0, received - before.lastReceivedAt());
        long usual =
                before.usualGapMillis() == 0
                        ? gap
                        : Math.round(GAP_WEIGHT * gap + (1 - GAP_WEIGHT) * before.usualGapMillis());
        return new FeedActivity(
                feed,
                Math.max(received, before.lastReceivedAt()),
                Math.max(event.eventTime(), before.lastEventAt()),
                usual,
                before.events() + 1,
                before.lastEmittedAt());
    }

    private static FeedActivity withEmittedAt(FeedActivity a, long at) {
        return new FeedActivity(
                a.feed(), a.lastReceivedAt(), a.lastEventAt(), a.usualGapMillis(), a.events(), at);
    }

    private MetricsUpdate update(String site, long asOf) throws Exception {
        Map<String, Object> byFeed = new TreeMap<>();
        for (FeedActivity a : feeds.values()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("lastReceivedAt", Instant.ofEpochMilli(a.lastReceivedAt()).toString());
            f.put("lastEventAt", Instant.ofEpochMilli(a.lastEventAt()).toString());
            f.put("usualGapSeconds", a.usualGapMillis() / 1000);
            f.put("events", a.events());
            byFeed.put(a.feed(), f);
        }
        // One field, so that a site's snapshot holds "feeds" beside its figures, not mixed in.
        return new MetricsUpdate(MetricsUpdate.SITE, site, GROUP, asOf, Map.of(GROUP, byFeed));
    }
}
