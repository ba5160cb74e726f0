package org.flowboard.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;

/** What happened. The wire names are the stable contract on {@code flow.events}. */
public enum EventKind {
    ADMIT("admit"),
    TRANSFER("transfer"),
    DISCHARGE("discharge"),
    CANCEL_ADMIT("admit.cancelled"),
    CANCEL_TRANSFER("transfer.cancelled"),
    CANCEL_DISCHARGE("discharge.cancelled"),
    ED_ARRIVAL("ed.arrival"),
    CAPACITY("capacity"),
    READINESS("readiness"),
    AMBULANCE_ARRIVED("ambulance.arrived"),
    AMBULANCE_HANDED_OVER("ambulance.handedOver"),
    AMBULANCE_CLEAR("ambulance.clear");

    private static final Map<String, EventKind> BY_WIRE_NAME = new HashMap<>();

    static {
        for (EventKind kind : values()) {
            BY_WIRE_NAME.put(kind.wireName, kind);
        }
    }

    private final String wireName;

    EventKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static EventKind fromWireName(String name) {
        EventKind kind = name == null ? null : BY_WIRE_NAME.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("unknown event kind: " + name);
        }
        return kind;
    }

    /** Admissions, transfers, discharges and their cancellations: they move an encounter. */
    public boolean isAdt() {
        return ordinal() <= CANCEL_DISCHARGE.ordinal();
    }

    public boolean isAmbulance() {
        return this == AMBULANCE_ARRIVED
                || this == AMBULANCE_HANDED_OVER
                || this == AMBULANCE_CLEAR;
    }
}
