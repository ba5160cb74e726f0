package org.flowboard.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * HL7 DTM/TS values ({@code YYYYMMDDHHMM[SS[.S[S[S[S]]]]][+/-ZZZZ]}) to instants. At least minute
 * precision is required: a date alone cannot place an event on a bed board.
 */
final class Hl7Time {

    private Hl7Time() {}

    /**
     * @param value the first component of a TS/DTM field
     * @param zone where times without an offset were written (the ICS time zone)
     * @throws IllegalArgumentException with a reason a person can act on
     */
    static Instant parse(String value, ZoneId zone) {
        String text = value.trim();
        int[] parts = split(text);
        if (parts == null) {
            throw new IllegalArgumentException(
                    "is not an HL7 time to the minute (YYYYMMDDHHMM[SS[.SSSS]][+/-ZZZZ])");
        }
        try {
            int nanos = 0;
            if (parts[FRACTION_DIGITS] > 0) {
                // The fraction's digits, padded to nine.
                nanos = parts[FRACTION];
                for (int i = parts[FRACTION_DIGITS]; i < 9; i++) {
                    nanos *= 10;
                }
            }
            LocalDateTime local =
                    LocalDateTime.of(
                            parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], nanos);
            if (parts[OFFSET_SIGN] == 0) {
                // Local wall-clock time: in the autumn overlap the earlier offset is taken, in the
                // spring gap the time moves forward by the gap (java.time's usual rule).
                return ZonedDateTime.ofLocal(local, zone, null).toInstant();
            }
            int sign = parts[OFFSET_SIGN];
            return local.toInstant(
                    ZoneOffset.ofHoursMinutes(
                            sign * parts[OFFSET_HOURS], sign * parts[OFFSET_MINUTES]));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a valid date and time: " + e.getMessage());
        }
    }

    // Where split() puts the parts after year, month, day, hour, minute and second (0-5).
    private static final int FRACTION = 6;
    private static final int FRACTION_DIGITS = 7;
    private static final int OFFSET_SIGN = 8;
    private static final int OFFSET_HOURS = 9;
    private static final int OFFSET_MINUTES = 10;

    /**
     * The parts of {@code YYYYMMDDHHMM[SS][.S{1,4}][+/-ZZZZ]} (ASCII digits), or null when the text
     * is not exactly that. Read by hand: a regular expression cost more than the rest of the
     * message in a bulk replay.
     */
    private static int[] split(String s) {
        int n = s.length();
        if (n < 12) {
            return null;
        }
        int[] parts = new int[11];
        int[] widths = {4, 2, 2, 2, 2};
        int at = 0;
        for (int i = 0; i < widths.length; i++) {
            parts[i] = digits(s, at, widths[i]);
            if (parts[i] < 0) {
                return null;
            }
            at += widths[i];
        }
        if (at + 2 <= n && isDigit(s.charAt(at)) && isDigit(s.charAt(at + 1))) {
            parts[5] = digits(s, at, 2);
            at += 2;
        }
        if (at < n && s.charAt(at) == '.') {
            int from = ++at;
            while (at < n && at - from < 4 && isDigit(s.charAt(at))) {
                at++;
            }
            if (at == from) {
                return null;
            }
            parts[FRACTION] = digits(s, from, at - from);
            parts[FRACTION_DIGITS] = at - from;
        }
        if (at < n && (s.charAt(at) == '+' || s.charAt(at) == '-')) {
            if (at + 5 != n) {
                return null;
            }
            int hours = digits(s, at + 1, 2);
            int minutes = digits(s, at + 3, 2);
            if (hours < 0 || minutes < 0) {
                return null;
            }
            parts[OFFSET_SIGN] = s.charAt(at) == '-' ? -1 : 1;
            parts[OFFSET_HOURS] = hours;
            parts[OFFSET_MINUTES] = minutes;
            at = n;
        }
        return at == n ? parts : null;
    }

    /** The ASCII digits at [from, from + count) as a number; -1 if any is not one. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
