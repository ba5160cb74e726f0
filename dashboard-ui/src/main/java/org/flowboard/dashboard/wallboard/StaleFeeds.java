package org.flowboard.dashboard.wallboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which of a site's feeds have gone quiet, judged on the server's clock: a feed is stale when
 * nothing has arrived for max(3 × its usual gap, 10 minutes). A feed that has never sent anything
 * is not judged (nothing to compare with); its figures already show as missing.
 */
public final class StaleFeeds {

    public static final String GROUP = "feeds";
    public static final Duration FLOOR = Duration.ofMinutes(10);
    static final int USUAL_GAPS = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

    private StaleFeeds() {}

    /**
     * One quiet feed.
     *
     * @param message e.g. {@code no data from RZZ01 PAS since 14:02}
     */
    public record StaleFeed(String site, Feed feed, Instant lastReceivedAt, String message) {}

    /** The stale feeds in the {@code feeds} field of a site's {@code feeds} group. */
    public static List<StaleFeed> of(
            String site, Map<String, Object> fields, Instant now, ZoneId zone) {
        List<StaleFeed> stale = new ArrayList<>();
        if (!(fields.get(GROUP) instanceof Map<?, ?> feeds)) {
            return stale;
        }
        for (Map.Entry<?, ?> entry : feeds.entrySet()) {
            if (!(entry.getKey() instanceof String key)
                    || !(entry.getValue() instanceof Map<?, ?> activity)) {
                continue;
            }
            Instant last = instant(activity.get("lastReceivedAt"));
            long usualGap = activity.get("usualGapSeconds") instanceof Number n ? n.longValue() : 0;
            Feed.of(key)
                    .filter(feed -> last != null && isStale(last, usualGap, now))
                    .ifPresent(
                            feed ->
                                    stale.add(
                                            new StaleFeed(
                                                    site,
                                                    feed,
                                                    last,
                                                    message(site, feed, last, now, zone))));
        }
        stale.sort(Comparator.comparing(StaleFeed::feed));
        return stale;
    }

    static boolean isStale(Instant lastReceivedAt, long usualGapSeconds, Instant now) {
        Duration allowed = Duration.ofSeconds(USUAL_GAPS * Math.max(0, usualGapSeconds));
        if (allowed.compareTo(FLOOR) < 0) {
            allowed = FLOOR;
        }
        return Duration.between(lastReceivedAt, now).compareTo(allowed) > 0;
    }

    static String message(String site, Feed feed, Instant last, Instant now, ZoneId zone) {
        boolean today = last.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return "no data from "
                + site
                + " "
                + feed.label()
                + " since "
                + (today ? TIME : DAY_TIME).format(last.atZone(zone));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
