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
import org.flowboard.dashboard.history.MetricsHistory;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The flow drill-down's figures over time, read from the history and checked against scope. */
@Service
public class FlowData {

    /** Site and ICS table columns, named as in DESIGN.md section 6. */
    static final List<String> COLUMNS =
            List.of(
                    "asOf",
                    "openBeds",
                    "occupiedBeds",
                    "occupancyPct",
                    "admissionsToday",
                    "dischargesToday",
                    "nctr",
                    "los7plus",
                    "los14plus",
                    "los21plus",
                    "handoversToday",
                    "meanHandoverMinutesToday",
                    "handoversOver30Today",
                    "handoversOver60Today",
                    "hoursLostToday");

    static final List<String> WARD_COLUMNS =
            List.of("asOf", "openBeds", "occupiedBeds", "occupancyPct");

    private final MetricsHistory history;
    private final Ics ics;

    FlowData(MetricsHistory history, Ics ics) {
        this.history = history;
        this.ics = ics;
    }

    public FlowPicture picture(FlowPlace place, FlowRange range, Instant now, SiteScope scope) {
        if (place.isIcs() ? !scope.allowsIcs() : !scope.allows(place.site())) {
            throw new AccessDeniedException("outside your sites");
        }
        long to = now.toEpochMilli();
        long from = to - range.length().toMillis();
        String id = place.isIcs() ? ics.code() : place.site();
        List<HistoryPoint> occupancy = history.range(place.scope(), id, "occupancy", from, to);
        if (place.ward() != null) {
            return wardPicture(place.ward(), occupancy, range, from, to);
        }
        List<HistoryPoint> handover = history.range(place.scope(), id, "handover", from, to);
        List<HistoryPoint> flow = history.range(place.scope(), id, "flow", from, to);
        return new Builder(range, from, to, ics.timezone()).site(occupancy, handover, flow);
    }

    private FlowPicture wardPicture(
            String ward, List<HistoryPoint> occupancy, FlowRange range, long from, long to) {
        Builder b = new Builder(range, from, to, ics.timezone());
        Function<HistoryPoint, Double> pct = p -> p.number("wards", ward, "occupancyPct");
        Function<HistoryPoint, Double> occupied = p -> p.number("wards", ward, "occupiedBeds");
        Function<HistoryPoint, Double> open = p -> p.number("wards", ward, "openBeds");
        List<FlowPicture.Chart> charts = new ArrayList<>();
        charts.add(b.line("chart-occupancy", "Occupancy %", occupancy, Map.of("occupancy %", pct)));
        charts.add(
                b.line(
                        "chart-beds",
                        "Occupied against open beds",
                        occupancy,
                        ordered("occupied beds", occupied, "open beds", open)));
        Map<String, Function<HistoryPoint, Double>> cols = new LinkedHashMap<>();
        cols.put("openBeds", open);
        cols.put("occupiedBeds", occupied);
        cols.put("occupancyPct", pct);
        return new FlowPicture(charts, WARD_COLUMNS, b.rows(occupancy, cols));
    }

    private static Map<String, Function<HistoryPoint, Double>> ordered(Object... pairs) {
        Map<String, Function<HistoryPoint, Double>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            Function<HistoryPoint, Double> f = (Function<HistoryPoint, Double>) pairs[i + 1];
            out.put((String) pairs[i], f);
        }
        return out;
    }

    private static Function<HistoryPoint, Double> field(String name) {
        return p -> p.number(name);
    }

    /** Builds charts and rows for one window. */
    static final class Builder {
        private final FlowRange range;
        private final long from;
        private final long to;
        private final ZoneId zone;

        Builder(FlowRange range, long from, long to, ZoneId zone) {
            this.range = range;
            this.from = from;
            this.to = to;
            this.zone = zone;
        }

        FlowPicture site(
                List<HistoryPoint> occupancy,
                List<HistoryPoint> handover,
                List<HistoryPoint> flow) {
            List<FlowPicture.Chart> charts = new ArrayList<>();
            charts.add(
                    line(
                            "chart-occupancy",
                            "Occupancy %",
                            occupancy,
                            Map.of("occupancy %", field("occupancyPct"))));
            charts.add(
                    line(
                            "chart-beds",
                            "Occupied against open beds",
                            occupancy,
                            ordered(
                                    "occupied beds", field("occupiedBeds"),
                                    "open beds", field("openBeds"))));
            charts.add(admissionsAgainstDischarges(flow));
            charts.add(
                    line(
                            "chart-handover-mean",
                            "Mean handover minutes today",
                            handover,
                            Map.of("meanHandoverMinutesToday", field("meanHandoverMinutesToday"))));
            charts.add(
                    line(
                            "chart-handover-delays",
                            "Handover delays today",
                            handover,
                            ordered(
                                    "over 30 min", field("handoversOver30Today"),
                                    "over 60 min", field("handoversOver60Today"),
                                    "hours lost", field("hoursLostToday"))));
            charts.add(nctrByPathway(flow));
            charts.add(
                    line(
                            "chart-long-stays",
                            "Long stays",
                            flow,
                            ordered(
                                    "7+ days", field("los7plus"),
                                    "14+ days", field("los14plus"),
                                    "21+ days", field("los21plus"))));
            Map<String, Function<HistoryPoint, Double>> cols = new LinkedHashMap<>();
            for (String c : COLUMNS.subList(1, COLUMNS.size())) {
                cols.put(c, field(c));
            }
            List<HistoryPoint> merged = new ArrayList<>();
            merged.addAll(occupancy);
            merged.addAll(handover);
            merged.addAll(flow);
            return new FlowPicture(charts, COLUMNS, rows(merged, cols));
        }

        FlowPicture.Chart line(
                String id,
                String title,
                List<HistoryPoint> points,
                Map<String, Function<HistoryPoint, Double>> series) {
            List<Series> lines = new ArrayList<>();
            boolean any = false;
            for (Map.Entry<String, Function<HistoryPoint, Double>> s : series.entrySet()) {
                Series line = Shaping.line(s.getKey(), points, s.getValue(), bucket());
                any |= line.points().stream().anyMatch(p -> p.value() != null);
                lines.add(line);
            }
            String svg =
                    any
                            ? new SvgLineChart(
                                            title,
                                            from,
                                            to,
                                            range.tick(),
                                            range.axisPattern(),
                                            zone)
                                    .render(lines)
                            : null;
            return new FlowPicture.Chart(id, title, svg);
        }

        private FlowPicture.Chart admissionsAgainstDischarges(List<HistoryPoint> flow) {
            String title = "Admissions against discharges per day";
            Map<LocalDate, Double> admissions =
                    Shaping.lastPerDay(flow, field("admissionsToday"), zone);
            Map<LocalDate, Double> discharges =
                    Shaping.lastPerDay(flow, field("dischargesToday"), zone);
            String svg =
                    admissions.isEmpty() && discharges.isEmpty()
                            ? null
                            : new SvgBarChart(title)
                                    .render(
                                            List.of("admissions", "discharges"),
                                            List.of(admissions, discharges));
            return new FlowPicture.Chart("chart-admissions", title, svg);
        }

        private FlowPicture.Chart nctrByPathway(List<HistoryPoint> flow) {
            Map<String, Function<HistoryPoint, Double>> series = new LinkedHashMap<>();
            for (String pathway : Shaping.nestedKeys(flow, "nctrByPathway")) {
                series.put("pathway " + pathway, p -> Shaping.nested(p, "nctrByPathway", pathway));
            }
            return line("chart-nctr", "No criteria to reside, by discharge pathway", flow, series);
        }

        /**
         * One row per bucket: the last figure of each column in it, over all groups (each group
         * writes its own fields, so the latest point of any group does not blank another's).
         */
        List<Map<String, String>> rows(
                List<HistoryPoint> points, Map<String, Function<HistoryPoint, Double>> columns) {
            TreeMap<Long, Map<String, String>> rows = new TreeMap<>();
            List<HistoryPoint> sorted = new ArrayList<>(points);
            sorted.sort(java.util.Comparator.comparingLong(HistoryPoint::asOf));
            for (HistoryPoint p : sorted) {
                long bucket = Math.floorDiv(p.asOf(), bucket());
                Map<String, String> row = rows.computeIfAbsent(bucket, b -> new LinkedHashMap<>());
                row.put("asOf", Instant.ofEpochMilli(p.asOf()).toString());
                columns.forEach(
                        (name, f) -> {
                            Double v = f.apply(p);
                            if (v != null) {
                                row.put(name, text(v));
                            }
                        });
            }
            return new ArrayList<>(rows.values());
        }

        private long bucket() {
            return range.bucket().toMillis();
        }

        private static String text(double v) {
            return v == Math.rint(v)
                    ? Long.toString((long) v)
                    : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }
}
