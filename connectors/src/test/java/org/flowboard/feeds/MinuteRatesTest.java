package org.flowboard.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MinuteRatesTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AT_0802 = Instant.parse("2026-03-02T08:02:30Z");
    private static final Instant AT_0804 = Instant.parse("2026-03-02T08:04:59Z");
    private static final Instant AT_0805 = Instant.parse("2026-03-02T08:05:00Z");

    @Test
    void averagesOverTheLastFiveMinutes() {
        MinuteRates rates = new MinuteRates();
        rates.add(AT_0800, 5, 1);
        rates.add(AT_0802, 5, 0);

        assertThat(rates.perMinute(AT_0804)).isEqualTo(new MinuteRates.PerMinute(2.0, 0.2));
    }

    @Test
    void minutesOutsideTheWindowNoLongerCount() {
        MinuteRates rates = new MinuteRates();
        rates.add(AT_0800, 5, 1);
        rates.add(AT_0805, 10, 0);

        assertThat(rates.perMinute(AT_0805)).isEqualTo(new MinuteRates.PerMinute(2.0, 0.0));
    }

    @Test
    void aReusedBucketStartsFromZero() {
        MinuteRates rates = new MinuteRates();
        rates.add(AT_0800, 7, 7);
        rates.add(AT_0805, 1, 0);

        assertThat(rates.perMinute(AT_0805).rejections()).isZero();
    }
}
