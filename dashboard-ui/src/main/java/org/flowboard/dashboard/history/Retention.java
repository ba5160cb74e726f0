package org.flowboard.dashboard.history;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the history keeps: groups worth charting, numbers only, at most one point per minute (the
 * latest in it, so a day's last point before midnight holds its totals), for a bounded time.
 *
 * @param keep how long a point is kept, measured back from the newest point of its series
 */
public record Retention(Duration keep) {

    static final long MINUTE = 60_000L;

    /** The groups with figures over time; {@code feeds} (activity) and others are not charted. */
    static final Set<String> GROUPS = Set.of("occupancy", "handover", "flow");

    public static Retention days(int days) {
        return new Retention(Duration.ofDays(days));
    }

    static long minuteStart(long asOf) {
        return Math.floorDiv(asOf, MINUTE) * MINUTE;
    }

    long cutoff(long newest) {
        return newest - keep.toMillis();
    }

    static boolean kept(String group) {
        return GROUPS.contains(group);
    }

    /**
     * The fields of a point without the lists and strings (who is waiting, since when): a chart
     * needs only numbers, and each point is stored for weeks.
     */
    static Map<String, Object> compact(Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach(
                (name, value) -> {
                    Object kept = compactValue(value);
                    if (kept != null || value == null) {
                        out.put(name, kept);
                    }
                });
        return out;
    }

    private static Object compactValue(Object value) {
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach(
                    (k, v) -> {
                        Object kept = compactValue(v);
                        if (kept != null) {
                            out.put(String.valueOf(k), kept);
                        }
                    });
            return out.isEmpty() ? null : out;
        }
        // Strings, lists, booleans: not a series.
        return null;
    }
}
