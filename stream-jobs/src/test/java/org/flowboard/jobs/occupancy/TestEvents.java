package org.flowboard.jobs.occupancy;

import java.time.Duration;
import java.time.Instant;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;

/** Test events for one site, with named instants and a fresh source id per event. */
public final class TestEvents {

    public static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    public static final Instant AT_0900 = AT_0800.plus(Duration.ofHours(1));
    public static final Instant AT_1000 = AT_0800.plus(Duration.ofHours(2));
    public static final Instant AT_1100 = AT_0800.plus(Duration.ofHours(3));
    public static final Instant AT_1200 = AT_0800.plus(Duration.ofHours(4));

    private static int nextId;

    private final String site;

    private TestEvents(String site) {
        this.site = site;
    }

    public static TestEvents at(String site) {
        return new TestEvents(site);
    }

    private static synchronized String id() {
        return "MSG" + (++nextId);
    }

    public FlowEvent admit(String encounter, String ward, Instant at) {
        return FlowEvent.admit(id(), site, encounter, ward, null, at);
    }

    public FlowEvent edAdmit(String encounter, Instant at) {
        return FlowEvent.adt(
                EventKind.ADMIT, id(), site, new EncounterDetail(encounter, "ED", null, "E"), at);
    }

    public FlowEvent transfer(String encounter, String ward, Instant at) {
        return FlowEvent.transfer(id(), site, encounter, ward, null, at);
    }

    public FlowEvent discharge(String encounter, Instant at) {
        return FlowEvent.discharge(id(), site, encounter, at);
    }

    public FlowEvent cancelAdmit(String encounter, Instant at) {
        return FlowEvent.cancelAdmit(id(), site, encounter, at);
    }

    public FlowEvent cancelTransfer(String encounter, Instant at) {
        return FlowEvent.cancelTransfer(id(), site, encounter, at);
    }

    public FlowEvent cancelDischarge(String encounter, Instant at) {
        return FlowEvent.cancelDischarge(id(), site, encounter, at);
    }

    public FlowEvent edArrival(String encounter, Instant at) {
        return FlowEvent.edArrival(id(), site, encounter, at);
    }

    public FlowEvent capacity(String ward, int openCore, int openEscalation, Instant at) {
        return FlowEvent.capacity(id(), site, ward, openCore, openEscalation, at);
    }

    /** The same message delivered again (same source id), as after a sender's retry. */
    public static FlowEvent redelivered(FlowEvent event) {
        return event.receivedAt(event.receivedAt() + 1);
    }
}
