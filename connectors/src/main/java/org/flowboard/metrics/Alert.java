package org.flowboard.metrics;

import org.jspecify.annotations.Nullable;

/**
 * A threshold crossed, once, with the figures that crossed it (on {@code flow.alerts}). Call signs
 * only: never a patient detail.
 *
 * @param type what was crossed, e.g. {@code handover.over30}, {@code occupancy.over95}
 * @param site ODS site code
 * @param at the event time at which it was crossed, epoch ms
 * @param message one line a person can read on a wallboard or a pager
 * @param opelLevel for an escalation change, the level now
 * @param previousOpelLevel for an escalation change, the level before; null for the first level
 */
public record Alert(
        String type,
        String site,
        long at,
        String message,
        @Nullable String incident,
        @Nullable String callSign,
        @Nullable Long arrived,
        @Nullable Double occupancyPct,
        @Nullable Integer occupiedBeds,
        @Nullable Integer openBeds,
        @Nullable Integer opelLevel,
        @Nullable Integer previousOpelLevel) {

    public static final String HANDOVER_OVER_30 = "handover.over30";
    public static final String HANDOVER_OVER_60 = "handover.over60";
    public static final String OCCUPANCY_OVER_92 = "occupancy.over92";
    public static final String OCCUPANCY_OVER_95 = "occupancy.over95";
    public static final String ESCALATION_CHANGED = "escalation.changed";

    /** A handover or occupancy alert, which has no escalation level. */
    public Alert(
            String type,
            String site,
            long at,
            String message,
            @Nullable String incident,
            @Nullable String callSign,
            @Nullable Long arrived,
            @Nullable Double occupancyPct,
            @Nullable Integer occupiedBeds,
            @Nullable Integer openBeds) {
        this(
                type,
                site,
                at,
                message,
                incident,
                callSign,
                arrived,
                occupancyPct,
                occupiedBeds,
                openBeds,
                null,
                null);
    }
}
