package org.flowboard.dashboard.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.flowboard.dashboard.history.HistoryPoint;

/** Turns stored points into chart series: pure functions, tested without Redis or a browser. */
public final class Shaping {

    private Shaping() {}

    /** One value per point, thinned to the last point of each bucket. */
    public static Series line(
            String name,
            List<HistoryPoint> points,
            Function<HistoryPoint, Double> value,
            long bucketMillis) {
        Map<Long, Series.Point> last = new LinkedHashMap<>();
        for (HistoryPoint p : points) {
            long bucket = Math.floorDiv(p.asOf(), bucketMillis);
            last.put(bucket, new Series.Point(p.asOf(), value.apply(p)));
        }
        return new Series(name, new ArrayList<>(last.values()));
    }

    /**
     * A "today" counter's total per local day: its last value before local midnight. The jobs reset
     * such counters at midnight, so the day's last point holds the day's figure.
     */
    public static Map<LocalDate, Double> lastPerDay(
            List<HistoryPoint> points, Function<HistoryPoint, Double> value, ZoneId zone) {
        Map<LocalDate, Double> out = new TreeMap<>();
        for (HistoryPoint p : points) {
            Double v = value.apply(p);
            if (v != null) {
                out.put(Instant.ofEpochMilli(p.asOf()).atZone(zone).toLocalDate(), v);
            }
        }
        return out;
    }

    /** The keys of a nested map across points (e.g. the pathways in {@code nctrByPathway}). */
    public static List<String> nestedKeys(List<HistoryPoint> points, String map) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (HistoryPoint p : points) {
            if (p.fields().get(map) instanceof Map<?, ?> m) {
                m.keySet().forEach(k -> keys.add(String.valueOf(k)));
            }
        }
        return new ArrayList<>(keys);
    }

    /** A number inside a nested map of numbers (e.g. {@code nctrByPathway.2}), or null. */
    public static Double nested(HistoryPoint p, String map, String key) {
        if (p.fields().get(map) instanceof Map<?, ?> m && m.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        return null;
    }
}
