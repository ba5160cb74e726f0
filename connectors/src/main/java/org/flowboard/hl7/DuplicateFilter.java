package org.flowboard.hl7;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The control ids (per sender) already accepted, in a bounded in-memory LRU. It catches the usual
 * resend after a lost ACK; it forgets on restart and beyond its capacity, which is acceptable
 * because the jobs drop duplicates by source id as well (DESIGN.md section 6).
 */
final class DuplicateFilter {

    private final Map<String, Boolean> seen;

    DuplicateFilter(int capacity) {
        this.seen =
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                        return size() > capacity;
                    }
                };
    }

    synchronized boolean alreadyAccepted(String sourceId) {
        return seen.get(sourceId) != null;
    }

    synchronized void accepted(String sourceId) {
        seen.put(sourceId, Boolean.TRUE);
    }
}
