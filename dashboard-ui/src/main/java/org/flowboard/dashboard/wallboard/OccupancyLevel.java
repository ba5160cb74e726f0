package org.flowboard.dashboard.wallboard;

import org.jspecify.annotations.Nullable;

/**
 * How full a site's general and acute beds are. Thresholds as NHS escalation commonly uses them:
 * beyond 85% flow suffers, beyond 92% is the usual planning ceiling, 95% and more is critical.
 */
public enum OccupancyLevel {
    NORMAL("Normal"),
    HIGH("High"),
    VERY_HIGH("Very high"),
    CRITICAL("Critical"),
    NO_DATA("No data");

    private final String label;

    OccupancyLevel(String label) {
        this.label = label;
    }

    public static OccupancyLevel of(@Nullable Double occupancyPct) {
        if (occupancyPct == null) {
            return NO_DATA;
        }
        if (occupancyPct >= 95) {
            return CRITICAL;
        }
        if (occupancyPct >= 92) {
            return VERY_HIGH;
        }
        if (occupancyPct >= 85) {
            return HIGH;
        }
        return NORMAL;
    }

    /** The words shown beside the colour, so the level never depends on colour alone. */
    public String label() {
        return label;
    }

    /** CSS class of the tile, e.g. {@code level-very-high}. */
    public String cssClass() {
        return "level-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
