package org.flowboard.dashboard.wallboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.junit.jupiter.api.Test;

class TileTextTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // 25 Nov: GMT, so local time equals UTC.
    private static final Instant AT_1402 = Instant.parse("2026-11-25T14:02:31Z");
    private static final Instant AT_1530 = Instant.parse("2026-11-25T15:30:00Z");
    // 1 Jul: BST, one hour ahead of UTC.
    private static final Instant SUMMER_AT_0905_UTC = Instant.parse("2026-07-01T09:05:00Z");

    @Test
    void percentHasOneDecimalRoundedHalfUp() {
        assertThat(TileText.percent(93.44)).isEqualTo("93.4%");
        assertThat(TileText.percent(93.45)).isEqualTo("93.5%");
        assertThat(TileText.percent(100.0)).isEqualTo("100.0%");
        assertThat(TileText.percent(null)).isEqualTo("—");
    }

    @Test
    void bedsAndFreeBeds() {
        BedFigures figures = new BedFigures(93.7, 251L, 268L);

        assertThat(TileText.beds(figures)).isEqualTo("251 of 268 open beds occupied");
        assertThat(TileText.free(figures)).isEqualTo("17 beds free");
        assertThat(TileText.free(new BedFigures(99.6, 267L, 268L))).isEqualTo("1 bed free");
    }

    @Test
    void overOccupancyShowsNoFreeBeds() {
        assertThat(TileText.free(new BedFigures(102.0, 204L, 200L))).isEqualTo("0 beds free");
    }

    @Test
    void missingCountsShowDashes() {
        BedFigures figures = new BedFigures(null, null, 0L);

        assertThat(TileText.beds(figures)).isEqualTo("— of 0 open beds occupied");
        assertThat(TileText.free(figures)).isEqualTo("— beds free");
    }

    @Test
    void asOfIsLocalTimeTodayAndDateOtherwise() {
        assertThat(TileText.asOf(AT_1402.toEpochMilli(), LONDON, AT_1530)).isEqualTo("as of 14:02");
        assertThat(TileText.asOf(AT_1402.toEpochMilli(), LONDON, AT_1530.plusSeconds(86_400)))
                .isEqualTo("as of 25 Nov 14:02");
        assertThat(TileText.asOf(SUMMER_AT_0905_UTC.toEpochMilli(), LONDON, SUMMER_AT_0905_UTC))
                .isEqualTo("as of 10:05");
    }
}
