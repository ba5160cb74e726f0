package org.flowboard.dashboard.wallboard.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.jspecify.annotations.Nullable;

/** The words and numbers on a wallboard tile; no components, so tested without a browser. */
final class TileText {

    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

    private TileText() {}

    /** {@code 93.4%}, one decimal as the metric is defined; a dash when unknown. */
    static String percent(@Nullable Double occupancyPct) {
        if (occupancyPct == null) {
            return NONE;
        }
        return BigDecimal.valueOf(occupancyPct).setScale(1, RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    /** {@code 251 of 268 open beds occupied}. */
    static String beds(BedFigures figures) {
        return count(figures.occupiedBeds())
                + " of "
                + count(figures.openBeds())
                + " open beds occupied";
    }

    /** {@code 17 open beds free}, never negative (over-occupancy shows as 0 free). */
    static String free(BedFigures figures) {
        if (figures.occupiedBeds() == null || figures.openBeds() == null) {
            return NONE + " beds free";
        }
        long free = Math.max(0, figures.openBeds() - figures.occupiedBeds());
        return free + (free == 1 ? " bed free" : " beds free");
    }

    /** {@code as of 14:02} in the ICS's time zone, with the date when it is not today there. */
    static String asOf(long asOfMillis, ZoneId zone, Instant now) {
        ZonedDateTime at = Instant.ofEpochMilli(asOfMillis).atZone(zone);
        boolean today = at.toLocalDate().equals(LocalDate.ofInstant(now, zone));
        return "as of " + (today ? TIME : DAY_TIME).format(at);
    }

    private static String count(@Nullable Long value) {
        return value == null ? NONE : value.toString();
    }
}
