package org.flowboard.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;

/**
 * ISO-8601 date-times with an offset to instants, as {@code OffsetDateTime.parse(text).toInstant()}
 * does, with a fast path for the form feeds send almost always ({@code 2026-03-02T08:15:00Z},
 * {@code 2026-03-02T08:15:00.123Z}). The general parser costs more than the rest of a feed line in
 * a bulk replay. Anything else, valid or not, goes to {@link OffsetDateTime#parse}, so results and
 * errors are exactly its own.
 */
final class IsoInstants {

    private static final int SECONDS_PER_DAY = 86_400;

    private IsoInstants() {}

    /**
     * @throws java.time.format.DateTimeParseException as {@link OffsetDateTime#parse} does
     */
    static Instant parse(CharSequence text) {
        Instant fast = utcSeconds(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** {@code YYYY-MM-DDTHH:MM:SS[.F{1,9}]Z} with every field in range, else null. */
    private static Instant utcSeconds(CharSequence s) {
        int n = s.length();
        if (n < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':'
                || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > lengthOfMonth(year, month)
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            // A fraction of one to nine digits after a dot, and nothing else before the Z.
            int fractionDigits = n - 21;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            int fraction = digits(s, 20, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        long seconds = days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The ASCII digits at [from, from + count) as a number; -1 if any is not a digit. */
    private static int digits(CharSequence s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
