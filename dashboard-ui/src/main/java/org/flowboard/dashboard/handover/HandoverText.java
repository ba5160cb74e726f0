package org.flowboard.dashboard.handover;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Words and numbers about waits, shared by the handover board and the wallboard. */
public final class HandoverText {

    public static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private HandoverText() {}

    /** {@code 47 min}, {@code 1 h 05 min}: long waits read better in hours. */
    public static String minutes(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h " + String.format(Locale.UK, "%02d", minutes % 60) + " min";
    }

    /** {@code 14:02} in the ICS's time zone. */
    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** {@code 42.5 min}, one decimal as defined; a dash when there is none. */
    public static String meanMinutes(@Nullable Double mean) {
        return mean == null ? NONE : HandoverRanking.oneDecimal(mean) + " min";
    }

    /** {@code 3.5 h}; a dash when unknown. */
    public static String hours(@Nullable Double hours) {
        return hours == null ? NONE : HandoverRanking.oneDecimal(hours) + " h";
    }

    /** {@code Release to Rescue 14:47}, with what it means once flagged or past. */
    public static String release(CrewWait crew, ZoneId zone) {
        String at = "Release to Rescue " + time(crew.releaseAt(), zone);
        if (crew.pastRelease()) {
            return at + " — PASSED";
        }
        return crew.flagged() ? at + " — FLAGGED (30 min+)" : at;
    }
}
