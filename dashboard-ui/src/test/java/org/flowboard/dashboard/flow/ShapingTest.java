package org.flowboard.dashboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.flowboard.dashboard.history.HistoryPoint;
import org.junit.jupiter.api.Test;

class ShapingTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // British Summer Time: local midnight is 23:00 UTC the day before.
    private static final long AT_0900_JUL_1 = Instant.parse("2026-07-01T08:00:00Z").toEpochMilli();
    private static final long AT_2330_JUL_1 = Instant.parse("2026-07-01T22:30:00Z").toEpochMilli();
    private static final long AT_0030_JUL_2 = Instant.parse("2026-07-01T23:30:00Z").toEpochMilli();

    private static HistoryPoint admissions(long asOf, int count) {
        return new HistoryPoint(asOf, Map.of("admissionsToday", count));
    }

    @Test
    void aDaysFigureIsItsLastValueBeforeLocalMidnight() {
        List<HistoryPoint> points =
                List.of(
                        admissions(AT_0900_JUL_1, 10),
                        admissions(AT_2330_JUL_1, 41),
                        admissions(AT_0030_JUL_2, 1));

        Map<LocalDate, Double> days =
                Shaping.lastPerDay(points, p -> p.number("admissionsToday"), LONDON);

        assertThat(days)
                .containsExactly(
                        Map.entry(LocalDate.of(2026, 7, 1), 41.0),
                        Map.entry(LocalDate.of(2026, 7, 2), 1.0));
    }

    @Test
    void aLineKeepsTheLastPointOfEachBucketAndItsGaps() {
        List<HistoryPoint> points =
                List.of(
                        new HistoryPoint(0, Map.of("v", 1)),
                        new HistoryPoint(30, Map.of("v", 2)),
                        new HistoryPoint(100, Map.of()),
                        new HistoryPoint(200, Map.of("v", 4)));

        Series line = Shaping.line("v", points, p -> p.number("v"), 100);

        assertThat(line.points())
                .containsExactly(
                        new Series.Point(30, 2.0),
                        new Series.Point(100, null),
                        new Series.Point(200, 4.0));
    }

    @Test
    void nestedKeysAcrossPoints() {
        List<HistoryPoint> points =
                List.of(
                        new HistoryPoint(0, Map.of("nctrByPathway", Map.of("1", 3))),
                        new HistoryPoint(1, Map.of("nctrByPathway", Map.of("0", 2, "3", 1))));

        assertThat(Shaping.nestedKeys(points, "nctrByPathway")).containsExactly("0", "1", "3");
        assertThat(Shaping.nested(points.get(1), "nctrByPathway", "3")).isEqualTo(1.0);
        assertThat(Shaping.nested(points.get(0), "nctrByPathway", "3")).isNull();
    }
}
