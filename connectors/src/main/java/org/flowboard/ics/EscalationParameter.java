package org.flowboard.ics;

import java.util.List;
import java.util.Set;

/**
 * One parameter of an {@link EscalationTable}: a figure FlowBoard computes, scored 1 to 4 by three
 * thresholds, with a weight. A parameter FlowBoard has no feed for is listed with metric {@link
 * #UNAVAILABLE}, so the wallboard can say what the level leaves out.
 *
 * @param metric which figure: one of {@link #METRICS}, or {@link #UNAVAILABLE}
 * @param label how a person calls it
 * @param weight how much its score counts; positive
 * @param thresholds three ascending values at which the score becomes 2, 3 and 4; empty when
 *     unavailable
 * @param note why it is unavailable, or how FlowBoard reads the figure
 */
public record EscalationParameter(
        String metric, String label, double weight, List<Double> thresholds, String note)
        implements java.io.Serializable {

    public static final String UNAVAILABLE = "unavailable";

    /** The figures a parameter can use; each is a site figure of DESIGN.md section 6. */
    public static final Set<String> METRICS =
            Set.of(
                    "occupancyPct",
                    "escalationBedsPct",
                    "nctrPct",
                    "meanHandoverMinutesToday",
                    "longestWaitMinutes",
                    "ambulancesWaiting",
                    "handoversOver60Today",
                    "hoursLostToday");

    public EscalationParameter {
        thresholds = List.copyOf(thresholds);
    }

    public boolean available() {
        return !UNAVAILABLE.equals(metric);
    }

    /** 1 below the first threshold, up to 4 at or above the third. */
    public int scoreOf(double value) {
        return oneAbove(thresholds, value);
    }

    /** 1, plus one for each of the ascending steps the value has reached. */
    static int oneAbove(List<Double> steps, double value) {
        int reached = 1;
        for (double step : steps) {
            if (value >= step) {
                reached++;
            }
        }
        return reached;
    }
}
