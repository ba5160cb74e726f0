package org.flowboard.jobs.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The handover metrics of DESIGN.md section 6, computed from a site's incidents at an instant T.
 */
final class HandoverFigures {

    static final long MINUTE = Duration.ofMinutes(1).toMillis();
    // Handover should take at most 15 minutes; time beyond that is "lost" (DESIGN.md section 6).
    static final long HANDOVER_TARGET = Duration.ofMinutes(15).toMillis();
    static final long OVER_30 = Duration.ofMinutes(30).toMillis();
    static final long OVER_60 = Duration.ofMinutes(60).toMillis();

    private HandoverFigures() {}

    static SiteHandover at(String site, Iterable<Incident> incidents, long t, ZoneId zone) {
        long startOfDay = startOfLocalDay(t, zone);
        List<WaitingCrew> waiting = new ArrayList<>();
        int handovers = 0;
        int over30 = 0;
        int over60 = 0;
        long handoverMillis = 0;
        long lost = 0;
        for (Incident incident : incidents) {
            if (incident.isWaitingAt(t)) {
                waiting.add(new WaitingCrew(incident.callSign(), incident.arrived()));
            } else if (incident.isHandedOverBetween(startOfDay, t)) {
                long took = incident.handoverMillis();
                handovers++;
                handoverMillis += took;
                lost += Math.max(0, took - HANDOVER_TARGET);
                over30 += took > OVER_30 ? 1 : 0;
                over60 += took > OVER_60 ? 1 : 0;
            }
        }
        waiting.sort(
                Comparator.comparingLong(WaitingCrew::arrived)
                        .thenComparing(WaitingCrew::callSign));
        Long oldest = waiting.isEmpty() ? null : waiting.get(0).arrived();
        int longest = oldest == null ? 0 : (int) ((t - oldest) / MINUTE);
        return new SiteHandover(
                site,
                t,
                waiting.size(),
                longest,
                oldest,
                handovers,
                handoverMillis,
                over30,
                over60,
                lost,
                waiting);
    }

    /**
     * Sums sites into the ICS figures at T: counts add up, the longest wait is the largest. A site
     * whose latest figures are from before T's local day has handed over nobody today.
     */
    static SiteHandover combine(String icsCode, Iterable<SiteHandover> sites, long t, ZoneId zone) {
        long startOfDay = startOfLocalDay(t, zone);
        int waitingCount = 0;
        int longest = 0;
        Long oldest = null;
        int handovers = 0;
        long handoverMillis = 0;
        int over30 = 0;
        int over60 = 0;
        long lost = 0;
        for (SiteHandover s : sites) {
            waitingCount += s.ambulancesWaiting();
            longest = Math.max(longest, s.longestWaitMinutes());
            if (s.oldestWaitingSince() != null
                    && (oldest == null || s.oldestWaitingSince() < oldest)) {
                oldest = s.oldestWaitingSince();
            }
            if (s.asOf() >= startOfDay) {
                handovers += s.handoversToday();
                handoverMillis += s.handoverMillisToday();
                over30 += s.handoversOver30Today();
                over60 += s.handoversOver60Today();
                lost += s.millisLostToday();
            }
        }
        return new SiteHandover(
                icsCode,
                t,
                waitingCount,
                longest,
                oldest,
                handovers,
                handoverMillis,
                over30,
                over60,
                lost,
                List.of());
    }

    static long startOfLocalDay(long t, ZoneId zone) {
        return Instant.ofEpochMilli(t)
                .atZone(zone)
                .toLocalDate()
                .atStartOfDay(zone)
                .toInstant()
                .toEpochMilli();
    }

    static long startOfNextLocalDay(long t, ZoneId zone) {
        return Instant.ofEpochMilli(t)
                .atZone(zone)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant()
                .toEpochMilli();
    }
}
