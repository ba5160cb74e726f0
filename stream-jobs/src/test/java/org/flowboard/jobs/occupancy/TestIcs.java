package org.flowboard.jobs.occupancy;

import java.time.ZoneId;
import java.util.List;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.SiteKind;
import org.flowboard.ics.Ward;
import org.flowboard.ics.WardCategory;

/** A small ICS with round numbers: two acute sites, one with a critical-care ward. */
public final class TestIcs {

    public static final String ICS = "QZZ";
    public static final String NORTH = "RZZ01";
    public static final String SOUTH = "RZZ02";
    public static final String A1 = "NG-A1";
    public static final String A2 = "NG-A2";
    public static final String ICU = "NG-ICU";
    public static final String B1 = "SV-B1";

    /** A ward no ICS file lists. */
    public static final String NOWHERE = "XX-99";

    public static final Ics ICS_FILE =
            new Ics(
                    ICS,
                    "Test ICS",
                    ZoneId.of("Europe/London"),
                    List.of(
                            new Site(
                                    NORTH,
                                    "North",
                                    SiteKind.ACUTE,
                                    true,
                                    List.of(
                                            ward(A1, WardCategory.GENERAL_ACUTE, 10),
                                            ward(A2, WardCategory.GENERAL_ACUTE, 10),
                                            ward(ICU, WardCategory.CRITICAL_CARE, 4))),
                            new Site(
                                    SOUTH,
                                    "South",
                                    SiteKind.ACUTE,
                                    true,
                                    List.of(ward(B1, WardCategory.GENERAL_ACUTE, 20)))));

    private TestIcs() {}

    private static Ward ward(String code, WardCategory category, int beds) {
        return new Ward(code, code, category, beds);
    }
}
