package org.flowboard.dashboard.flow;

import java.time.Duration;

/**
 * The ranges of the flow charts, each with the bucket its points are thinned to (so a chart draws a
 * few hundred points whatever the range) and how its time axis is labelled.
 */
public enum FlowRange {
    HOURS_12("12 h", Duration.ofHours(12), Duration.ofMinutes(2), Duration.ofHours(3), "HH:mm"),
    DAYS_7("7 days", Duration.ofDays(7), Duration.ofMinutes(30), Duration.ofDays(1), "EEE d"),
    WEEKS_5("5 weeks", Duration.ofDays(35), Duration.ofHours(2), Duration.ofDays(7), "d MMM");

    private final String label;
    private final Duration length;
    private final Duration bucket;
    private final Duration tick;
    private final String axisPattern;

    FlowRange(String label, Duration length, Duration bucket, Duration tick, String axisPattern) {
        this.label = label;
        this.length = length;
        this.bucket = bucket;
        this.tick = tick;
        this.axisPattern = axisPattern;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    public Duration bucket() {
        return bucket;
    }

    /** Time-axis labels fall on whole multiples of this from local midnight. */
    public Duration tick() {
        return tick;
    }

    public String axisPattern() {
        return axisPattern;
    }
}
