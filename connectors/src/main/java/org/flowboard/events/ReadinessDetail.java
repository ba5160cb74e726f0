package org.flowboard.events;

import org.jspecify.annotations.Nullable;

/**
 * Criteria to reside for one encounter.
 *
 * @param encounterKey pseudonymous encounter key, as in {@link EncounterDetail#key()}
 * @param criteriaToReside false when the patient no longer meets the criteria to reside
 * @param pathway discharge pathway 0-3, when known
 */
public record ReadinessDetail(
        String encounterKey, boolean criteriaToReside, @Nullable Integer pathway) {}
