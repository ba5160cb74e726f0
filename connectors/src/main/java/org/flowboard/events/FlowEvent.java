package org.flowboard.events;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One canonical event on {@code flow.events} (DESIGN.md section 3). Exactly one detail is set, the
 * one that {@link #kind()} calls for; the factories below are the only way code in this project
 * makes one.
 *
 * <p>A single record type with typed details, rather than one class per kind, keeps the Flink
 * stream typed as a POJO (no Kryo for a polymorphic base type) and the Kafka JSON flat and
 * readable.
 *
 * @param kind what happened
 * @param sourceId the id of the outside message this came from (HL7 MSH-10, feed event id), used to
 *     drop duplicates
 * @param site ODS site code; also the Kafka key
 * @param eventTime when it happened in the hospital, epoch milliseconds
 * @param receivedAt when a connector accepted it, epoch milliseconds; for latency, never for
 *     metrics
 */
public record FlowEvent(
        EventKind kind,
        String sourceId,
        String site,
        long eventTime,
        long receivedAt,
        @Nullable EncounterDetail encounter,
        @Nullable CapacityDetail capacity,
        @Nullable ReadinessDetail readiness,
        @Nullable AmbulanceDetail ambulance) {

    public FlowEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(site, "site");
        if (kind.isAdt() || kind == EventKind.ED_ARRIVAL) {
            Objects.requireNonNull(encounter, "encounter detail for " + kind);
        } else if (kind == EventKind.CAPACITY) {
            Objects.requireNonNull(capacity, "capacity detail");
        } else if (kind == EventKind.READINESS) {
            Objects.requireNonNull(readiness, "readiness detail");
        } else if (kind.isAmbulance()) {
            Objects.requireNonNull(ambulance, "ambulance detail for " + kind);
        }
    }

    public Instant eventInstant() {
        return Instant.ofEpochMilli(eventTime);
    }

    public static FlowEvent admit(
            String sourceId,
            String site,
            String encounterKey,
            String ward,
            @Nullable String bed,
            Instant at) {
        return adt(
                EventKind.ADMIT,
                sourceId,
                site,
                new EncounterDetail(encounterKey, ward, bed, "I"),
                at);
    }

    public static FlowEvent transfer(
            String sourceId,
            String site,
            String encounterKey,
            String ward,
            @Nullable String bed,
            Instant at) {
        return adt(
                EventKind.TRANSFER,
                sourceId,
                site,
                new EncounterDetail(encounterKey, ward, bed, "I"),
                at);
    }

    public static FlowEvent discharge(
            String sourceId, String site, String encounterKey, Instant at) {
        return adt(
                EventKind.DISCHARGE,
                sourceId,
                site,
                new EncounterDetail(encounterKey, null, null, "I"),
                at);
    }

    public static FlowEvent cancelAdmit(
            String sourceId, String site, String encounterKey, Instant at) {
        return adt(
                EventKind.CANCEL_ADMIT,
                sourceId,
                site,
                new EncounterDetail(encounterKey, null, null, null),
                at);
    }

    public static FlowEvent cancelTransfer(
            String sourceId, String site, String encounterKey, Instant at) {
        return adt(
                EventKind.CANCEL_TRANSFER,
                sourceId,
                site,
                new EncounterDetail(encounterKey, null, null, null),
                at);
    }

    public static FlowEvent cancelDischarge(
            String sourceId, String site, String encounterKey, Instant at) {
        return adt(
                EventKind.CANCEL_DISCHARGE,
                sourceId,
                site,
                new EncounterDetail(encounterKey, null, null, null),
                at);
    }

    public static FlowEvent edArrival(
            String sourceId, String site, String encounterKey, Instant at) {
        return adt(
                EventKind.ED_ARRIVAL,
                sourceId,
                site,
                new EncounterDetail(encounterKey, null, null, "E"),
                at);
    }

    /**
     * Any ADT kind with an explicit detail; the connectors use this to keep what the message said.
     */
    public static FlowEvent adt(
            EventKind kind, String sourceId, String site, EncounterDetail encounter, Instant at) {
        return new FlowEvent(
                kind, sourceId, site, at.toEpochMilli(), now(), encounter, null, null, null);
    }

    public static FlowEvent capacity(
            String sourceId,
            String site,
            String ward,
            int openCore,
            int openEscalation,
            Instant at) {
        return new FlowEvent(
                EventKind.CAPACITY,
                sourceId,
                site,
                at.toEpochMilli(),
                now(),
                null,
                new CapacityDetail(ward, openCore, openEscalation),
                null,
                null);
    }

    public static FlowEvent readiness(
            String sourceId,
            String site,
            String encounterKey,
            boolean criteriaToReside,
            @Nullable Integer pathway,
            Instant at) {
        return new FlowEvent(
                EventKind.READINESS,
                sourceId,
                site,
                at.toEpochMilli(),
                now(),
                null,
                null,
                new ReadinessDetail(encounterKey, criteriaToReside, pathway),
                null);
    }

    public static FlowEvent ambulance(
            EventKind kind,
            String sourceId,
            String site,
            String incident,
            String callSign,
            Instant at) {
        if (!kind.isAmbulance()) {
            throw new IllegalArgumentException("not an ambulance event: " + kind);
        }
        return new FlowEvent(
                kind,
                sourceId,
                site,
                at.toEpochMilli(),
                now(),
                null,
                null,
                null,
                new AmbulanceDetail(incident, callSign));
    }

    /** The same event stamped with another receive time (connectors stamp it as they accept it). */
    public FlowEvent receivedAt(long epochMillis) {
        return new FlowEvent(
                kind,
                sourceId,
                site,
                eventTime,
                epochMillis,
                encounter,
                capacity,
                readiness,
                ambulance);
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
