package org.flowboard.dashboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SvgLineChartTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final long HOUR = 3_600_000L;

    private static String chart(Series... series) {
        return new SvgLineChart("Occupancy <%>", 0, 4 * HOUR, Duration.ofHours(1), "HH:mm", UTC)
                .render(Arrays.asList(series));
    }

    @Test
    void drawsOneLinePerSeriesScaledToARoundMaximum() {
        String svg =
                chart(
                        new Series(
                                "occupancyPct",
                                List.of(
                                        new Series.Point(0, 0.0),
                                        new Series.Point(4 * HOUR, 87.0))));

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        // 87 (with 5% headroom) rounds up to a 100 axis; 0 at the bottom-left, 87 at 87% of the
        // plot height.
        assertThat(svg).contains(">100</text>", ">0</text>");
        double bottom = Svg.TOP + Svg.PLOT_H;
        double top87 = bottom - Svg.PLOT_H * 0.87;
        assertThat(svg)
                .contains(
                        "points=\""
                                + Svg.num(Svg.LEFT)
                                + ","
                                + Svg.num(bottom)
                                + " "
                                + Svg.num(Svg.LEFT + Svg.PLOT_W)
                                + ","
                                + Svg.num(top87)
                                + "\"");
        assertThat(svg).contains(">00:00</text>", ">04:00</text>");
    }

    @Test
    void timeLabelsFallOnLocalWholeTicks() {
        long from = Instant.parse("2026-11-25T02:03:00Z").toEpochMilli();
        SvgLineChart chart =
                new SvgLineChart("t", from, from + 12 * HOUR, Duration.ofHours(3), "HH:mm", UTC);

        assertThat(chart.ticks())
                .extracting(t -> Instant.ofEpochMilli(t).toString())
                .containsExactly(
                        "2026-11-25T03:00:00Z",
                        "2026-11-25T06:00:00Z",
                        "2026-11-25T09:00:00Z",
                        "2026-11-25T12:00:00Z");
    }

    @Test
    void aMissingValueBreaksTheLine() {
        String svg =
                chart(
                        new Series(
                                "v",
                                List.of(
                                        new Series.Point(0, 1.0),
                                        new Series.Point(HOUR, 2.0),
                                        new Series.Point(2 * HOUR, null),
                                        new Series.Point(3 * HOUR, 3.0),
                                        new Series.Point(4 * HOUR, 4.0))));

        assertThat(svg.split("<polyline", -1)).hasSize(3);
    }

    @Test
    void textIsEscaped() {
        String svg = chart(new Series("a<b", List.of()));

        assertThat(svg).contains("Occupancy &lt;%&gt;", "a&lt;b").doesNotContain("a<b");
    }

    @Test
    void niceMaximaAreRound() {
        assertThat(Svg.niceMax(0)).isEqualTo(1);
        assertThat(Svg.niceMax(7)).isEqualTo(8);
        assertThat(Svg.niceMax(23)).isEqualTo(30);
        assertThat(Svg.niceMax(270)).isEqualTo(300);
        assertThat(Svg.niceMax(1.4)).isEqualTo(2);
        assertThat(Svg.niceMax(100)).isEqualTo(100);
        assertThat(Svg.steps(100)).isEqualTo(5);
        assertThat(Svg.steps(300)).isEqualTo(3);
        assertThat(Svg.steps(8)).isEqualTo(4);
    }

    @Test
    void barsOnePerValuePerDay() {
        LocalDate d1 = LocalDate.of(2026, 11, 24);
        LocalDate d2 = LocalDate.of(2026, 11, 25);
        String svg =
                new SvgBarChart("Admissions against discharges")
                        .render(
                                List.of("admissions", "discharges"),
                                List.of(Map.of(d1, 40.0, d2, 38.0), Map.of(d1, 35.0)));

        assertThat(svg.split("<rect class=\"bar\"", -1)).hasSize(4);
        assertThat(svg).contains("24 Nov", "25 Nov", "admissions 2026-11-24: 40");
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        assertThat(
                        CsvTable.of(
                                List.of("asOf", "openBeds"),
                                List.of(Map.of("asOf", "a,b", "openBeds", "1"), Map.of())))
                .isEqualTo("asOf,openBeds\r\n\"a,b\",1\r\n,\r\n");
    }
}
