package org.flowboard.jobs.occupancy;

/** The latest capacity event of a ward: open core and escalation beds, and its event time. */
public record WardCapacity(int openCore, int openEscalation, long eventTime) {

    int openBeds() {
        return openCore + openEscalation;
    }
}
