package org.flowboard.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path gives exactly what {@code OffsetDateTime.parse(text).toInstant()} gives. */
class IsoInstantsTest {

    private static final List<String> EDGES =
            List.of(
                    "2026-03-02T08:15:00Z",
                    "2026-03-02T08:15:00.1Z",
                    "2026-03-02T08:15:00.123Z",
                    "2026-03-02T08:15:00.123456789Z",
                    "2026-03-02T08:15:00.1234567890Z",
                    "2026-03-02T08:15:00.Z",
                    "2026-03-02T08:15Z",
                    "2026-03-02T09:15:00+01:00",
                    "2026-03-02t08:15:00z",
                    "2024-02-29T00:00:00Z",
                    "2025-02-29T00:00:00Z",
                    "2026-04-31T00:00:00Z",
                    "2026-13-01T00:00:00Z",
                    "2026-00-01T00:00:00Z",
                    "2026-03-00T00:00:00Z",
                    "2026-03-02T24:00:00Z",
                    "2026-03-02T23:60:00Z",
                    "2026-03-02T23:59:60Z",
                    "0000-01-01T00:00:00Z",
                    "1969-12-31T23:59:59.999Z",
                    "+12026-03-02T08:15:00Z",
                    "2026-03-02 08:15:00Z",
                    "2026-03-02T08:15:0aZ",
                    "2026-03-02T08:15:00.12a4Z",
                    "２026-03-02T08:15:00Z",
                    "yesterday",
                    "");

    @Test
    void edgeCasesParseOrFailAsOffsetDateTimeDoes() {
        for (String text : EDGES) {
            assertThat(outcome(() -> IsoInstants.parse(text)))
                    .as(text)
                    .isEqualTo(outcome(() -> OffsetDateTime.parse(text).toInstant()));
        }
    }

    @Test
    void randomInstantsAndMutationsParseAsOffsetDateTimeDoes() {
        Random random = new Random(7);
        String alphabet = "0123456789-:.TZ+ ";
        for (int i = 0; i < 50_000; i++) {
            Instant instant =
                    Instant.ofEpochSecond(
                            random.nextLong(-2_000_000_000L, 6_000_000_000L),
                            random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            StringBuilder text = new StringBuilder(instant.toString());
            if (random.nextBoolean()) {
                int at = random.nextInt(text.length());
                text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(outcome(() -> IsoInstants.parse(s)))
                    .as(s)
                    .isEqualTo(outcome(() -> OffsetDateTime.parse(s).toInstant()));
        }
    }

    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
