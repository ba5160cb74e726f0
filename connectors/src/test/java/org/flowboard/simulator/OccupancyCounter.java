package org.flowboard.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.Ward;

/**
 * A tiny reference for DESIGN.md section 6 occupancy: applies events in order and counts inpatients
 * in each site's general-acute wards against the open beds of the latest capacity events.
 * Independent of the simulator's own bookkeeping on purpose.
 */
final class OccupancyCounter {

    private final Ics ics;
    private final Map<String, String> wardOf = new HashMap<>();
    private final Map<String, Deque<String>> wardHistory = new HashMap<>();
    private final Map<String, Integer> openByWard = new HashMap<>();

    OccupancyCounter(Ics ics) {
        this.ics = ics;
        for (Site site : ics.sites()) {
            for (Ward ward : site.wards()) {
                openByWard.put(site.code() + "/" + ward.code(), ward.coreBeds());
            }
        }
    }

    void apply(FlowEvent e) {
        String id = e.encounter() == null ? null : e.site() + "/" + e.encounter().key();
        switch (e.kind()) {
            case ADMIT -> {
                wardOf.put(id, e.encounter().ward());
                wardHistory.put(id, new ArrayDeque<>());
            }
            case TRANSFER -> {
                wardHistory.get(id).push(wardOf.get(id));
                wardOf.put(id, e.encounter().ward());
            }
            case CANCEL_TRANSFER -> wardOf.put(id, wardHistory.get(id).pop());
            case DISCHARGE -> wardHistory.get(id).push(wardOf.remove(id));
            case CANCEL_DISCHARGE -> wardOf.put(id, wardHistory.get(id).pop());
            case CANCEL_ADMIT -> wardOf.remove(id);
            case CAPACITY ->
                    openByWard.put(
                            e.site() + "/" + e.capacity().ward(),
                            e.capacity().openCore() + e.capacity().openEscalation());
            default -> {}
        }
    }

    /** Percent of the site's open general-acute beds that are occupied. */
    double occupancyPct(String siteCode) {
        Site site = ics.site(siteCode).orElseThrow();
        int open = 0;
        int occupied = 0;
        for (Ward ward : site.wards()) {
            if (!ward.countsForOccupancy()) {
                continue;
            }
            open += openByWard.get(siteCode + "/" + ward.code());
            for (Map.Entry<String, String> e : wardOf.entrySet()) {
                if (e.getKey().startsWith(siteCode + "/") && ward.code().equals(e.getValue())) {
                    occupied++;
                }
            }
        }
        return 100.0 * occupied / open;
    }
}
