package org.flowboard.dashboard.flow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A line chart drawn on the server as SVG: no chart library, no npm, nothing to license. Time runs
 * left to right over a fixed window, values from zero up to a round maximum; a missing value breaks
 * its line rather than drawing across the gap.
 */
public final class SvgLineChart {

    private final String title;
    private final long from;
    private final long to;
    private final DateTimeFormatter axis;
    private final java.time.Duration tick;
    private final ZoneId zone;

    /**
     * @param from left edge, epoch milliseconds
     * @param to right edge
     * @param tick time between axis labels, counted from local midnight
     * @param axisPattern time label pattern (e.g. {@code HH:mm})
     */
    public SvgLineChart(
            String title,
            long from,
            long to,
            java.time.Duration tick,
            String axisPattern,
            ZoneId zone) {
        this.tick = tick;
        this.zone = zone;
        this.title = title;
        this.from = from;
        this.to = Math.max(to, from + 1);
        this.axis = DateTimeFormatter.ofPattern(axisPattern, Locale.UK).withZone(zone);
    }

    public String render(List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (Series.Point p : s.points()) {
                if (p.value() != null) {
                    max = Math.max(max, p.value());
                }
            }
        }
        // Headroom, so a line at its maximum does not run along the top edge.
        max = Svg.niceMax(max * 1.05);
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, title);
        Svg.yAxis(svg, max);
        for (long t : ticks()) {
            Svg.xLabel(svg, x(t), axis.format(Instant.ofEpochMilli(t)));
        }
        Svg.legend(svg, series.stream().map(Series::name).toList());
        for (int i = 0; i < series.size(); i++) {
            drawLine(svg, series.get(i), max, Svg.colour(i));
        }
        return svg.append("</svg>").toString();
    }

    private void drawLine(StringBuilder svg, Series series, double max, String colour) {
        StringBuilder run = new StringBuilder();
        int runLength = 0;
        for (Series.Point p : series.points()) {
            if (p.value() == null || p.time() < from || p.time() > to) {
                runLength = flush(svg, run, runLength, colour);
                continue;
            }
            double y = Svg.TOP + Svg.PLOT_H - Svg.PLOT_H * p.value() / max;
            run.append(Svg.num(x(p.time()))).append(',').append(Svg.num(y)).append(' ');
            runLength++;
        }
        flush(svg, run, runLength, colour);
    }

    private static int flush(StringBuilder svg, StringBuilder run, int runLength, String colour) {
        if (runLength == 1) {
            // A lone point has no line to draw: mark it.
            String[] xy = run.toString().trim().split(",");
            svg.append("<circle cx=\"")
                    .append(xy[0])
                    .append("\" cy=\"")
                    .append(xy[1])
                    .append("\" r=\"2.5\" fill=\"")
                    .append(colour)
                    .append("\"/>");
        } else if (runLength > 1) {
            svg.append("<polyline class=\"series\" fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(colour)
                    .append("\" points=\"")
                    .append(run.toString().trim())
                    .append("\"/>");
        }
        run.setLength(0);
        return 0;
    }

    /** Whole hours or local midnights inside the window, so labels read as round times. */
    java.util.List<Long> ticks() {
        java.util.List<Long> out = new java.util.ArrayList<>();
        java.time.ZonedDateTime t =
                Instant.ofEpochMilli(from)
                        .atZone(zone)
                        .truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        while (t.toInstant().toEpochMilli() <= to) {
            long ms = t.toInstant().toEpochMilli();
            if (ms >= from) {
                out.add(ms);
            }
            t = tick.toDays() >= 1 ? t.plusDays(tick.toDays()) : t.plus(tick);
        }
        return out;
    }

    private double x(long time) {
        return Svg.LEFT + Svg.PLOT_W * (double) (time - from) / (to - from);
    }
}
