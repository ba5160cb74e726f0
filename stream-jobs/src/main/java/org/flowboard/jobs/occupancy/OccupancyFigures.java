package org.flowboard.jobs.occupancy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowboard.ics.Site;
import org.flowboard.ics.Ward;
import org.flowboard.metrics.MetricsUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Bed occupancy of a site or of the whole ICS (DESIGN.md section 6).
 *
 * @param scope {@code site} or {@code ics}, as in {@link org.flowboard.metrics.MetricsUpdate}
 * @param id the ODS site code, or the ICS code
 * @param asOf the latest event time applied
 * @param openBeds open core + escalation beds of the general-acute wards
 * @param escalationBeds of those, the open escalation beds (0 for a ward with no capacity event)
 * @param wards per-ward figures by ward code (empty for the ICS)
 */
public record OccupancyFigures(
        String scope,
        String id,
        long asOf,
        int openBeds,
        int escalationBeds,
        int occupiedBeds,
        @Nullable Double occupancyPct,
        int unknownLocation,
        Map<String, WardFigures> wards) {

    /**
     * A site no event has reached yet: its general-acute wards' core beds from the ICS file, open,
     * nobody in them (DESIGN.md section 6).
     */
    static OccupancyFigures quiet(Site site, long asOf) {
        Map<String, WardFigures> wards = new LinkedHashMap<>();
        int open = 0;
        for (Ward ward : site.wards()) {
            wards.put(
                    ward.code(), new WardFigures(ward.coreBeds(), 0, percent(0, ward.coreBeds())));
            open += ward.countsForOccupancy() ? ward.coreBeds() : 0;
        }
        return new OccupancyFigures(
                MetricsUpdate.SITE, site.code(), asOf, open, 0, 0, percent(0, open), 0, wards);
    }

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
