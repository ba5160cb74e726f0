package org.flowboard.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final long AT_1400 = Instant.parse("2026-11-25T14:00:00Z").toEpochMilli();

    @Test
    void minutesStartOnTheMinute() {
        assertThat(Retention.minuteStart(AT_1400 + 59_999)).isEqualTo(AT_1400);
        assertThat(Retention.minuteStart(AT_1400 + 60_000)).isEqualTo(AT_1400 + 60_000);
    }

    @Test
    void cutoffIsMeasuredBackFromTheNewestPoint() {
        assertThat(Retention.days(35).cutoff(AT_1400)).isEqualTo(AT_1400 - 35L * 86_400_000);
    }

    @Test
    void compactKeepsNumbersNullsAndNestedNumbers() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("occupancyPct", null);
        fields.put("openBeds", 0);
        fields.put("wards", Map.of("NG-A1", Map.of("openBeds", 28, "name", "A1")));
        fields.put("waiting", List.of("x"));
        fields.put("oldestWaitingSince", "2026-11-25T13:10:00Z");

        assertThat(Retention.compact(fields))
                .containsOnlyKeys("occupancyPct", "openBeds", "wards")
                .containsEntry("wards", Map.of("NG-A1", Map.of("openBeds", 28)));
    }
}
