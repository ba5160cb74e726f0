package org.flowboard.dashboard.wallboard;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bed figures of one scope (DESIGN.md section 6), read from a metrics update's fields.
 *
 * @param occupancyPct null when no beds are open
 */
public record BedFigures(
        @Nullable Double occupancyPct, @Nullable Long occupiedBeds, @Nullable Long openBeds) {

    /** The figures in these fields, or null when the fields are about something else. */
    public static @Nullable BedFigures from(Map<String, Object> fields) {
        if (!fields.containsKey("occupancyPct")
                && !fields.containsKey("occupiedBeds")
                && !fields.containsKey("openBeds")) {
            return null;
        }
        return new BedFigures(
                decimal(fields.get("occupancyPct")),
                whole(fields.get("occupiedBeds")),
                whole(fields.get("openBeds")));
    }

    public OccupancyLevel level() {
        return OccupancyLevel.of(occupancyPct);
    }

    private static @Nullable Double decimal(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static @Nullable Long whole(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
