package org.flowboard.simulator;

/** One simulated inpatient stay and where it is now. Mutable: it belongs to the simulator. */
final class Encounter {

    final String key;
    final SiteModel site;
    final long admittedAt;
    String ward;
    String previousWard;
    boolean inpatient = true;

    /** Bumped whenever the planned discharge moves, so that the superseded one does nothing. */
    int dischargePlan;

    /**
     * No ADT event of this encounter before this time: a cancellation of its last event is pending,
     * and a cancellation must refer to the encounter's latest event.
     */
    long quietUntil;

    Encounter(String key, SiteModel site, String ward, long admittedAt) {
        this.key = key;
        this.site = site;
        this.ward = ward;
        this.admittedAt = admittedAt;
    }
}
