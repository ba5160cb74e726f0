package org.flowboard.jobs.handover;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Handover figures of one site (or the ICS) at {@code asOf}, as DESIGN.md section 6 defines them,
 * with the sums needed to combine sites exactly (a mean of means would be wrong).
 */
public record SiteHandover(
        String id,
        long asOf,
        int ambulancesWaiting,
        int longestWaitMinutes,
        @Nullable Long oldestWaitingSince,
        int handoversToday,
        long handoverMillisToday,
        int handoversOver30Today,
        int handoversOver60Today,
        long millisLostToday,
        List<WaitingCrew> waiting) {

    public SiteHandover {
        waiting = List.copyOf(waiting);
    }
}
