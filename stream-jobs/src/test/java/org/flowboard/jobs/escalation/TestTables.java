package org.flowboard.jobs.escalation;

import java.util.List;
import org.flowboard.ics.EscalationParameter;
import org.flowboard.ics.EscalationTable;

/** A small OPEL table for tests: four weighted parameters and one the feeds cannot supply. */
final class TestTables {

    private TestTables() {}

    static final EscalationParameter HANDOVER =
            new EscalationParameter(
                    "meanHandoverMinutesToday", "Mean handover", 2, List.of(15.0, 30.0, 45.0), "");
    static final EscalationParameter OCCUPANCY =
            new EscalationParameter("occupancyPct", "Occupancy", 1, List.of(85.0, 92.0, 95.0), "");
    static final EscalationParameter NCTR =
            new EscalationParameter("nctrPct", "NCTR", 1, List.of(10.0, 15.0, 20.0), "");
    static final EscalationParameter ESCALATION_BEDS =
            new EscalationParameter(
                    "escalationBedsPct", "Escalation beds", 1, List.of(2.0, 5.0, 8.0), "");
    static final EscalationParameter ED_4H =
            new EscalationParameter(
                    EscalationParameter.UNAVAILABLE, "ED 4-hour", 0, List.of(), "no ED feed");

    static EscalationTable table(EscalationTable.IcsMethod method) {
        return new EscalationTable(
                "Test table",
                "made up for tests",
                List.of(HANDOVER, OCCUPANCY, NCTR, ED_4H, ESCALATION_BEDS),
                List.of(1.75, 2.5, 3.25),
                method);
    }

    static EscalationTable table() {
        return table(EscalationTable.IcsMethod.BED_WEIGHTED_MEAN);
    }
}
