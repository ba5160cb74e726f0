package org.flowboard.jobs.discharge;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.flowboard.events.FlowEvent;
import org.jspecify.annotations.Nullable;

/** Test events and encounters at one site, with named instants around the 2026 clock changes. */
final class Patients {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String SITE = "RZZ01";
    static final String WARD = "NG-A1";

    /** Sunday 29 March 2026: clocks go forward at 01:00 GMT, a 23-hour day. */
    static final Instant SPRING_0000 = Instant.parse("2026-03-29T00:00:00Z");

    static final Instant SPRING_1059_BST = Instant.parse("2026-03-29T10:59:00Z");
    static final Instant SPRING_1130_BST = Instant.parse("2026-03-29T11:30:00Z");
    static final Instant SPRING_2359_BST = Instant.parse("2026-03-29T22:59:00Z");
    static final Instant SPRING_NEXT_MIDNIGHT = Instant.parse("2026-03-29T23:00:00Z");

    /**
     * Sunday 25 October 2026: clocks go back at 02:00 BST, a 25-hour day with 01:00-02:00 twice.
     */
    static final Instant AUTUMN_0000_BST = Instant.parse("2026-10-24T23:00:00Z");

    static final Instant AUTUMN_0130_BST = Instant.parse("2026-10-25T00:30:00Z");
    static final Instant AUTUMN_0130_GMT = Instant.parse("2026-10-25T01:30:00Z");
    static final Instant AUTUMN_1130_GMT = Instant.parse("2026-10-25T11:30:00Z");
    static final Instant AUTUMN_NEXT_MIDNIGHT = Instant.parse("2026-10-26T00:00:00Z");

    private static int nextId;

    private Patients() {}

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LONDON).toInstant();
    }

    private static synchronized String id() {
        return "MSG-F" + (++nextId);
    }

    static FlowEvent admit(String encounter, Instant at) {
        return FlowEvent.admit(id(), SITE, encounter, WARD, null, at);
    }

    static FlowEvent discharge(String encounter, Instant at) {
        return FlowEvent.discharge(id(), SITE, encounter, at);
    }

    static FlowEvent cancelAdmit(String encounter, Instant at) {
        return FlowEvent.cancelAdmit(id(), SITE, encounter, at);
    }

    static FlowEvent cancelDischarge(String encounter, Instant at) {
        return FlowEvent.cancelDischarge(id(), SITE, encounter, at);
    }

    static FlowEvent noCriteriaToReside(String encounter, @Nullable Integer pathway, Instant at) {
        return FlowEvent.readiness(id(), SITE, encounter, false, pathway, at);
    }

    static FlowEvent meetsCriteria(String encounter, Instant at) {
        return FlowEvent.readiness(id(), SITE, encounter, true, null, at);
    }

    /** An inpatient admitted at {@code admitted}, with no criteria to reside on its pathway. */
    static EncounterFlow inpatient(String key, Instant admitted, boolean nctr, Integer pathway) {
        long at = admitted.toEpochMilli();
        return new EncounterFlow(SITE, key, true, at, List.of(at), List.of(), nctr, pathway, at);
    }

    /** Admitted and discharged, both counted. */
    static EncounterFlow discharged(String key, Instant admitted, Instant discharged) {
        long in = admitted.toEpochMilli();
        long out = discharged.toEpochMilli();
        return new EncounterFlow(
                SITE, key, false, in, List.of(in), List.of(out), false, null, Math.max(in, out));
    }
}
