package org.flowboard.dashboard.history;

import java.util.Map;

/**
 * One stored point of a series: the figures of one metrics group as of an instant.
 *
 * @param asOf event time, epoch milliseconds
 * @param fields numbers, nulls and nested maps of numbers (e.g. per-ward figures)
 */
public record HistoryPoint(long asOf, Map<String, Object> fields) {

    public HistoryPoint {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** A top-level number, or null when absent. */
    public Double number(String field) {
        return fields.get(field) instanceof Number n ? n.doubleValue() : null;
    }

    /** A number inside a nested map (e.g. {@code wards.NG-A1.occupancyPct}), or null. */
    public Double number(String map, String key, String field) {
        if (fields.get(map) instanceof Map<?, ?> outer
                && outer.get(key) instanceof Map<?, ?> inner
                && inner.get(field) instanceof Number n) {
            return n.doubleValue();
        }
        return null;
    }
}
