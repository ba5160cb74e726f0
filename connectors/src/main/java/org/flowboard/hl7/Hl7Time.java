package org.flowboard.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 DTM/TS values ({@code YYYYMMDDHHMM[SS[.S[S[S[S]]]]][+/-ZZZZ]}) to instants. At least minute
 * precision is required: a date alone cannot place an event on a bed board.
 */
final class Hl7Time {

    private static final Pattern DTM =
            Pattern.compile(
                    "(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?");

    private Hl7Time() {}

    /**
     * @param value the first component of a TS/DTM field
     * @param zone where times without an offset were written (the ICS time zone)
     * @throws IllegalArgumentException with a reason a person can act on
     */
    static Instant parse(String value, ZoneId zone) {
        Matcher m = DTM.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "is not an HL7 time to the minute (YYYYMMDDHHMM[SS[.SSSS]][+/-ZZZZ])");
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
            }
            LocalDateTime local =
                    LocalDateTime.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                            nanos);
            String offset = m.group(8);
            if (offset == null) {
                // Local wall-clock time: in the autumn overlap the earlier offset is taken, in the
                // spring gap the time moves forward by the gap (java.time's usual rule).
                return ZonedDateTime.ofLocal(local, zone, null).toInstant();
            }
            int sign = offset.charAt(0) == '-' ? -1 : 1;
            int hours = Integer.parseInt(offset.substring(1, 3));
            int minutes = Integer.parseInt(offset.substring(3, 5));
            return local.toInstant(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a valid date and time: " + e.getMessage());
        }
    }
}
