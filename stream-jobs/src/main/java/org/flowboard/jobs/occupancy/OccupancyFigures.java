package org.flowboard.jobs.occupancy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bed occupancy of a site or of the whole ICS (DESIGN.md section 6).
 *
 * @param scope {@code site} or {@code ics}, as in {@link org.flowboard.metrics.MetricsUpdate}
 * @param id the ODS site code, or the ICS code
 * @param asOf the latest event time applied
 * @param wards per-ward figures by ward code (empty for the ICS)
 */
public record OccupancyFigures(
        String scope,
        String id,
        long asOf,
        int openBeds,
        int occupiedBeds,
        @Nullable Double occupancyPct,
        int unknownLocation,
        Map<String, WardFigures> wards) {

    /** 100 × occupied / open to one decimal, half up; null when no bed is open. */
    static @Nullable Double percent(int occupied, int open) {
        if (open == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * occupied)
                .divide(BigDecimal.valueOf(open), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
