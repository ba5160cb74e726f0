package org.flowboard.dashboard.flow;

import java.util.List;

/**
 * A named line of a chart.
 *
 * @param name legend text
 * @param points time-ordered; a null value is a gap
 */
public record Series(String name, List<Point> points) {

    public Series {
        points = List.copyOf(points);
    }

    /**
     * @param time epoch milliseconds
     * @param value null where there is no figure
     */
    public record Point(long time, Double value) {}
}
