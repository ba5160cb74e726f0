package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written reader accepts, refuses and places times exactly as the pattern it replaced. */
class Hl7TimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void edgeCasesAsThePattern() {
        List<String> values =
                List.of(
                        "202603020815",
                        "20260302081500",
                        "20260302081530.1",
                        "20260302081530.1234",
                        "20260302081530.12345",
                        "202603020815.5",
                        "20260302081530+0100",
                        "20260302081530-0530",
                        "20260302081530.12+0000",
                        "20260302081530+010",
                        "20260302081530+01000",
                        "2026030208153",
                        "20260302081",
                        "2026030208155+0100",
                        "20260302081530.",
                        "20260230081530",
                        "20261301081530",
                        "20260302246000",
                        "20260302081530+1900",
                        "20260302081530+0160",
                        "  20260302081530  ",
                        "20261025013000",
                        "20260329013000",
                        "2026030208153a",
                        "２0260302081530",
                        "");
        for (String value : values) {
            assertThat(outcome(() -> Hl7Time.parse(value, LONDON)))
                    .as(value)
                    .isEqualTo(outcome(() -> byPattern(value, LONDON)));
        }
    }

    @Test
    void randomTimesAndMutationsAsThePattern() {
        Random random = new Random(11);
        String alphabet = "0123456789.+- ";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            value.append(String.format("%04d", random.nextInt(1900, 2100)));
            for (int part = 0; part < 4 + random.nextInt(2); part++) {
                value.append(String.format("%02d", random.nextInt(0, 62)));
            }
            if (random.nextInt(3) == 0) {
                value.append('.').append(random.nextInt(100_000));
            }
            if (random.nextInt(3) == 0) {
                value.append(random.nextBoolean() ? '+' : '-')
                        .append(String.format("%04d", random.nextInt(2400)));
            }
            if (random.nextInt(3) == 0) {
                int at = random.nextInt(value.length());
                value.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = value.toString();
            assertThat(outcome(() -> Hl7Time.parse(s, LONDON)))
                    .as(s)
                    .isEqualTo(outcome(() -> byPattern(s, LONDON)));
        }
    }

    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static final Pattern DTM =
            Pattern.compile(
                    "(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?");

    /** The regular-expression reader this class had before, as the reference. */
    private static Instant byPattern(String value, ZoneId zone) {
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
