package org.flowboard.jobs.discharge;

/**
 * The flow figures of DESIGN.md section 6 for one site (or the ICS) at {@code asOf}: admissions and
 * discharges today, patients with no criteria to reside (by discharge pathway) and long stays.
 */
public record SiteFlow(
        String id,
        long asOf,
        int admissionsToday,
        int dischargesToday,
        int dischargesBeforeNoonToday,
        int nctr,
        int nctrPathway0,
        int nctrPathway1,
        int nctrPathway2,
        int nctrPathway3,
        int nctrPathwayUnknown,
        int los7plus,
        int los14plus,
        int los21plus) {}
