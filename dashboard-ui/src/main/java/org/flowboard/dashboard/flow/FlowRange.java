package org.flowboard.dashboard.flow;

import java.time.Duration;

/**
 * The ranges of the flow charts, each with the bucket its points are thinned to (so a chart draws a
 * few hundred points whatever the range) and how its time axis is labelled.
 */
public enum FlowRange {
    HOURS_12("12 h", Duration.ofHours(12), Duration.ofMinutes(2), "HH:mm"),
    DAYS_7("7 days", Duration.ofDays(7), Duration.ofMinutes(30), "EEE d"),
    WEEKS_5("5 weeks", Duration.ofDays(35), Duration.ofHours(2), "d MMM");

    private final String label;
    private final Duration length;
    private final Duration bucket;
    private final String axisPattern;

    FlowRange(String label, Duration length, Duration bucket, String axisPattern) {
        this.label = label;
        this.length = length;
        this.bucket = bucket;
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

    public String axisPattern() {
        return axisPattern;
    }
}
