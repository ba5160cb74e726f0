package org.flowboard.jobs.handover;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;

/** Test data: ambulance events at named instants (London local times, as staff say them). */
final class Ambulances {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String NORTHGATE = "RZZ01";
    static final String RIVERSIDE = "RZZ02";

    // An ordinary winter day (GMT), and the two days when the clocks change in 2026.
    static final Instant AT_0800 = local("2026-03-02T08:00");
    static final Instant AT_0812 = local("2026-03-02T08:12");
    static final Instant AT_0830 = local("2026-03-02T08:30");
    static final Instant AT_0845 = local("2026-03-02T08:45");
    static final Instant AT_0900 = local("2026-03-02T09:00");
    static final Instant AT_0931 = local("2026-03-02T09:31");
    static final Instant AT_1000 = local("2026-03-02T10:00");
    static final Instant AT_2330 = local("2026-03-02T23:30");
    static final Instant NEXT_DAY_0010 = local("2026-03-03T00:10");

    private static final AtomicInteger IDS = new AtomicInteger();

    private Ambulances() {}

    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    static FlowEvent arrived(String incident, String callSign, Instant at) {
        return at(EventKind.AMBULANCE_ARRIVED, NORTHGATE, incident, callSign, at);
    }

    static FlowEvent handedOver(String incident, String callSign, Instant at) {
        return at(EventKind.AMBULANCE_HANDED_OVER, NORTHGATE, incident, callSign, at);
    }

    static FlowEvent clear(String incident, String callSign, Instant at) {
        return at(EventKind.AMBULANCE_CLEAR, NORTHGATE, incident, callSign, at);
    }

    static FlowEvent at(EventKind kind, String site, String incident, String callSign, Instant at) {
        return FlowEvent.ambulance(
                kind, "CAD-" + IDS.incrementAndGet(), site, incident, callSign, at);
    }

    static Incident incident(String callSign, Instant arrived, Instant handedOver) {
        return new Incident(
                NORTHGATE,
                "INC-" + callSign,
                callSign,
                arrived == null ? null : arrived.toEpochMilli(),
                handedOver == null ? null : handedOver.toEpochMilli(),
                (handedOver != null ? handedOver : arrived).toEpochMilli());
    }
}
