package org.flowboard.jobs.occupancy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.MapFunction;
import org.flowboard.metrics.MetricsUpdate;

/** Occupancy figures in the shared shape of Redis and {@code flow.metrics}. */
public final class ToMetricsUpdate implements MapFunction<OccupancyFigures, MetricsUpdate> {

    public static final String GROUP = "occupancy";

    @Override
    public MetricsUpdate map(OccupancyFigures figures) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("openBeds", figures.openBeds());
        fields.put("escalationBeds", figures.escalationBeds());
        fields.put("occupiedBeds", figures.occupiedBeds());
        fields.put("occupancyPct", figures.occupancyPct());
        fields.put("unknownLocation", figures.unknownLocation());
        if (MetricsUpdate.SITE.equals(figures.scope())) {
            // Sorted by code: the same order in every update, whatever map Flink handed over.
            Map<String, Object> wards = new TreeMap<>();
            figures.wards().forEach((code, ward) -> wards.put(code, wardFields(ward)));
            fields.put("wards", wards);
        }
        return new MetricsUpdate(figures.scope(), figures.id(), GROUP, figures.asOf(), fields);
    }

    private static Map<String, Object> wardFields(WardFigures ward) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("openBeds", ward.openBeds());
        fields.put("occupiedBeds", ward.occupiedBeds());
        fields.put("occupancyPct", ward.occupancyPct());
        return fields;
    }
}
