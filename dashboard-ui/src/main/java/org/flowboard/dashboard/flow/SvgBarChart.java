package org.flowboard.dashboard.flow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Grouped bars per day (e.g. admissions against discharges), drawn on the server as SVG. */
public final class SvgBarChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final String title;

    public SvgBarChart(String title) {
        this.title = title;
    }

    /**
     * @param names legend text per bar of a group
     * @param values per bar of a group: day to value
     */
    public String render(List<String> names, List<Map<LocalDate, Double>> values) {
        TreeSet<LocalDate> days = new TreeSet<>();
        double max = 0;
        for (Map<LocalDate, Double> v : values) {
            days.addAll(v.keySet());
            for (Double d : v.values()) {
                max = Math.max(max, d);
            }
        }
        max = Svg.niceMax(max * 1.05);
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, title);
        Svg.yAxis(svg, max);
        Svg.legend(svg, names);
        if (!days.isEmpty()) {
            double groupWidth = (double) Svg.PLOT_W / days.size();
            // At most 28 px a bar: a few days should not give slabs.
            double barWidth = Math.max(1, Math.min(28, groupWidth * 0.8 / values.size()));
            double inset = (groupWidth - barWidth * values.size()) / 2;
            int labelEvery = Math.max(1, days.size() / 7);
            int d = 0;
            for (LocalDate day : days) {
                double x0 = Svg.LEFT + d * groupWidth + inset;
                for (int i = 0; i < values.size(); i++) {
                    Double v = values.get(i).get(day);
                    if (v == null) {
                        continue;
                    }
                    double h = Svg.PLOT_H * v / max;
                    svg.append("<rect class=\"bar\" x=\"")
                            .append(Svg.num(x0 + i * barWidth))
                            .append("\" y=\"")
                            .append(Svg.num(Svg.TOP + Svg.PLOT_H - h))
                            .append("\" width=\"")
                            .append(Svg.num(barWidth))
                            .append("\" height=\"")
                            .append(Svg.num(h))
                            .append("\" fill=\"")
                            .append(Svg.colour(i))
                            .append("\"><title>")
                            .append(Svg.escape(names.get(i) + " " + day + ": " + Svg.label(v)))
                            .append("</title></rect>");
                }
                if (d % labelEvery == 0) {
                    Svg.xLabel(svg, Svg.LEFT + (d + 0.5) * groupWidth, DAY.format(day));
                }
                d++;
            }
        }
        return svg.append("</svg>").toString();
    }
}
