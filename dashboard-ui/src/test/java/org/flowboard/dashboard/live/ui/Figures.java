package org.flowboard.dashboard.live.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowboard.metrics.MetricsUpdate;

/** Builders of the metrics updates the jobs write, for the browser tests. */
public final class Figures {

    private Figures() {}

    public static MetricsUpdate occupancy(
            String site, Instant asOf, double pct, int occupied, int open) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "occupancy",
                asOf.toEpochMilli(),
                Map.of("occupancyPct", pct, "occupiedBeds", occupied, "openBeds", open));
    }

    /** Handover figures of a site with these crews (call sign to arrival) waiting. */
    public static MetricsUpdate handover(
            String site, Instant asOf, double meanMinutes, Map<String, Instant> crews) {
        Map<String, Object> f = new HashMap<>();
        f.put("ambulancesWaiting", crews.size());
        Instant oldest = crews.values().stream().min(Instant::compareTo).orElse(null);
        f.put("oldestWaitingSince", oldest == null ? null : oldest.toString());
        f.put(
                "longestWaitMinutes",
                oldest == null ? 0 : Duration.between(oldest, asOf).toMinutes());
        f.put("handoversToday", 9);
        f.put("meanHandoverMinutesToday", meanMinutes);
        f.put("handoversOver30Today", 3);
        f.put("handoversOver60Today", 1);
        f.put("hoursLostToday", 2.4);
        if (!crews.isEmpty()) {
            f.put(
                    "waiting",
                    crews.entrySet().stream()
                            .map(
                                    e ->
                                            Map.<String, Object>of(
                                                    "callSign",
                                                    e.getKey(),
                                                    "arrived",
                                                    e.getValue().toString()))
                            .toList());
        }
        return new MetricsUpdate(MetricsUpdate.SITE, site, "handover", asOf.toEpochMilli(), f);
    }

    /** Feed activity with one feed last heard from at {@code lastReceived}. */
    public static MetricsUpdate feeds(
            String site, Instant asOf, String feed, Instant lastReceived, long usualGapSeconds) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("lastReceivedAt", lastReceived.toString());
        activity.put("lastEventAt", lastReceived.toString());
        activity.put("usualGapSeconds", usualGapSeconds);
        activity.put("events", 250);
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "feeds",
                asOf.toEpochMilli(),
                Map.of("feeds", Map.of(feed, activity)));
    }

    public static MetricsUpdate flow(
            String site, Instant asOf, int nctr, int admissions, int discharges) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "flow",
                asOf.toEpochMilli(),
                Map.of(
                        "nctr", nctr,
                        "admissionsToday", admissions,
                        "dischargesToday", discharges,
                        "nctrByPathway", Map.of()));
    }

    public static MetricsUpdate icsOccupancy(
            String ics, Instant asOf, double pct, int occ, int open) {
        return new MetricsUpdate(
                MetricsUpdate.ICS,
                ics,
                "occupancy",
                asOf.toEpochMilli(),
                Map.of("occupancyPct", pct, "occupiedBeds", occ, "openBeds", open));
    }

    /** An OPEL result as the jobs write it: a 41-minute mean handover scoring 3, occupancy 93%. */
    public static MetricsUpdate escalation(String site, Instant asOf, int level, double score) {
        Map<String, Object> handover = new java.util.LinkedHashMap<>();
        handover.put("label", "Mean ambulance handover (min)");
        handover.put("metric", "meanHandoverMinutesToday");
        handover.put("available", true);
        handover.put("value", 41.0);
        handover.put("score", 3);
        Map<String, Object> occupancy = new java.util.LinkedHashMap<>();
        occupancy.put("label", "G&A bed occupancy (%)");
        occupancy.put("metric", "occupancyPct");
        occupancy.put("available", true);
        occupancy.put("value", 93.2);
        occupancy.put("score", 3);
        Map<String, Object> unavailable =
                Map.of(
                        "label", "ED 4-hour performance",
                        "metric", "unavailable",
                        "available", false,
                        "note", "no ED feed yet");
        Map<String, Object> opel = new java.util.LinkedHashMap<>();
        opel.put("level", level);
        opel.put("score", score);
        opel.put("table", "Demo table (illustrative)");
        opel.put("source", "FlowBoard demo values");
        opel.put("parameters", java.util.List.of(handover, occupancy, unavailable));
        return new MetricsUpdate(
                MetricsUpdate.SITE, site, "escalation", asOf.toEpochMilli(), Map.of("opel", opel));
    }
}
