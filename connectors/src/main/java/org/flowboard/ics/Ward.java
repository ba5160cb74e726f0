package org.flowboard.ics;

/** A ward of a site: code as in HL7 PV1-3.1, and its core (funded) beds. */
public record Ward(String code, String name, WardCategory category, int coreBeds)
        implements java.io.Serializable {

    public boolean countsForOccupancy() {
        return category == WardCategory.GENERAL_ACUTE;
    }
}
