package org.flowboard.dashboard.wallboard;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Discharge figures of one site (group {@code flow}, DESIGN.md section 6). Every field may be
 * absent until the flow job writes it; absent figures show as a dash, never as zero.
 */
public record FlowFigures(
        @Nullable Long nctr, @Nullable Long admissionsToday, @Nullable Long dischargesToday) {

    public static final String GROUP = "flow";
    public static final FlowFigures NONE = new FlowFigures(null, null, null);

    public static FlowFigures from(Map<String, Object> fields) {
        return new FlowFigures(
                whole(fields.get("nctr")),
                whole(fields.get("admissionsToday")),
                whole(fields.get("dischargesToday")));
    }

    private static @Nullable Long whole(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
