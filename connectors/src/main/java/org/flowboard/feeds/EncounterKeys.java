package org.flowboard.feeds;

/**
 * Turns a site's visit number into the pseudonymous encounter key; the visit number goes no
 * further.
 */
@FunctionalInterface
public interface EncounterKeys {
    String keyOf(String site, String visitNumber);
}
