package org.flowboard.jobs.discharge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The flow figures of DESIGN.md section 6 from a site's encounters at an instant T. */
final class FlowFigures {

    static final long DAY = Duration.ofHours(24).toMillis();
    private static final LocalTime NOON = LocalTime.NOON;

    private FlowFigures() {}

    static SiteFlow at(String site, Iterable<EncounterFlow> encounters, long t, ZoneId zone) {
        LocalDate today = localDate(t, zone);
        long startOfDay = today.atStartOfDay(zone).toInstant().toEpochMilli();
        long noon = today.atTime(NOON).atZone(zone).toInstant().toEpochMilli();
        int admissions = 0;
        int discharges = 0;
        int beforeNoon = 0;
        int[] nctrByPathway = new int[5];
        int los7 = 0;
        int los14 = 0;
        int los21 = 0;
        for (EncounterFlow encounter : encounters) {
            for (long admitted : encounter.admissions()) {
                admissions += isBetween(admitted, startOfDay, t) ? 1 : 0;
            }
            for (long discharged : encounter.discharges()) {
                discharges += isBetween(discharged, startOfDay, t) ? 1 : 0;
                beforeNoon += isBetween(discharged, startOfDay, t) && discharged < noon ? 1 : 0;
            }
            if (!encounter.inpatient()) {
                continue;
            }
            if (encounter.nctr()) {
                nctrByPathway[pathwayIndex(encounter.pathway())]++;
            }
            if (encounter.admittedAt() != null) {
                long stay = t - encounter.admittedAt();
                los7 += stay >= 7 * DAY ? 1 : 0;
                los14 += stay >= 14 * DAY ? 1 : 0;
                los21 += stay >= 21 * DAY ? 1 : 0;
            }
        }
        int nctr = 0;
        for (int n : nctrByPathway) {
            nctr += n;
        }
        return new SiteFlow(
                site,
                t,
                admissions,
                discharges,
                beforeNoon,
                nctr,
                nctrByPathway[0],
                nctrByPathway[1],
                nctrByPathway[2],
                nctrByPathway[3],
                nctrByPathway[4],
                los7,
                los14,
                los21);
    }

    /**
     * Sums sites into the ICS figures at T. A site whose latest figures are from before T's local
     * day admitted and discharged nobody today.
     */
    static SiteFlow combine(String icsCode, Iterable<SiteFlow> sites, long t, ZoneId zone) {
        long startOfDay = startOfLocalDay(t, zone);
        int[] sum = new int[13];
        for (SiteFlow s : sites) {
            if (s.asOf() >= startOfDay) {
                sum[0] += s.admissionsToday();
                sum[1] += s.dischargesToday();
                sum[2] += s.dischargesBeforeNoonToday();
            }
            sum[3] += s.nctr();
            sum[4] += s.nctrPathway0();
            sum[5] += s.nctrPathway1();
            sum[6] += s.nctrPathway2();
            sum[7] += s.nctrPathway3();
            sum[8] += s.nctrPathwayUnknown();
            sum[9] += s.los7plus();
            sum[10] += s.los14plus();
            sum[11] += s.los21plus();
        }
        return new SiteFlow(
                icsCode, t, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8],
                sum[9], sum[10], sum[11]);
    }

    /** Pathways 0-3 by number; a missing or unexpected one is "unknown" (index 4). */
    static int pathwayIndex(Integer pathway) {
        return pathway != null && pathway >= 0 && pathway <= 3 ? pathway : 4;
    }

    static long startOfLocalDay(long t, ZoneId zone) {
        return localDate(t, zone).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    static long startOfNextLocalDay(long t, ZoneId zone) {
        return localDate(t, zone).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static LocalDate localDate(long t, ZoneId zone) {
        return Instant.ofEpochMilli(t).atZone(zone).toLocalDate();
    }

    private static boolean isBetween(long time, long from, long to) {
        return time >= from && time <= to;
    }
}
