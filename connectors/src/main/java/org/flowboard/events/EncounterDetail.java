package org.flowboard.events;

import org.jspecify.annotations.Nullable;

/**
 * The encounter an ADT event is about, and where it is.
 *
 * @param key pseudonymous encounter key: a keyed hash of site and visit number, never the visit
 *     number
 * @param ward ward code (HL7 PV1-3.1) the event puts the encounter in; null for a discharge or
 *     cancellation
 * @param bed bed (PV1-3.3), when known
 * @param patientClass HL7 PV1-2 as sent ({@code I}, {@code E}, ...), when known
 */
public record EncounterDetail(
        String key, @Nullable String ward, @Nullable String bed, @Nullable String patientClass) {}
