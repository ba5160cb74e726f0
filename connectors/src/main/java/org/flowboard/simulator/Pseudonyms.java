package org.flowboard.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * Opaque identifiers for simulated events: encounter keys, ambulance incidents and source message
 * ids. Each is a hash of the run (seed and start) and a counter, written in letters only so that
 * nothing can ever look like an NHS number or a date of birth.
 */
final class Pseudonyms {

    private final byte[] run;
    private final String sourcePrefix;
    private long sourceCounter;
    private long keyCounter;

    Pseudonyms(long seed, Instant start) {
        this.run = ByteBuffer.allocate(16).putLong(seed).putLong(start.toEpochMilli()).array();
        // The run is in the prefix so a restart with the same seed never reuses a source id that
        // a de-duplicating consumer has already seen.
        this.sourcePrefix = "sim" + letters(hash("source", 0), 6) + "-";
    }

    /** Like an HL7 MSH-10: unique per event of this run. */
    String nextSourceId() {
        return sourcePrefix + Long.toString(sourceCounter++, 36);
    }

    /** A pseudonymous encounter key (what a connector makes of a site and visit number). */
    String nextEncounterKey() {
        return letters(hash("encounter", keyCounter++), 14);
    }

    String nextIncident() {
        return "inc-" + letters(hash("incident", keyCounter++), 10);
    }

    private long hash(String purpose, long counter) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(run);
            sha.update(purpose.getBytes(StandardCharsets.US_ASCII));
            sha.update(ByteBuffer.allocate(8).putLong(counter).array());
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String letters(long value, int length) {
        StringBuilder out = new StringBuilder(length);
        long rest = value;
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + (int) Long.remainderUnsigned(rest, 26L)));
            rest = Long.divideUnsigned(rest, 26L);
        }
        return out.toString();
    }
}
