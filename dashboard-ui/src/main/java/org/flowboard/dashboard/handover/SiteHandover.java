package org.flowboard.dashboard.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The handover figures of one site (group {@code handover}, DESIGN.md section 6), read from a
 * metrics update's fields. Waits tick on with the clock: they are judged at an instant rather than
 * taken from the last event.
 */
public record SiteHandover(
        String site,
        long ambulancesWaiting,
        long longestWaitMinutes,
        @Nullable Instant oldestWaitingSince,
        long handoversToday,
        @Nullable Double meanHandoverMinutesToday,
        @Nullable Double hoursLostToday,
        List<Arrival> waiting) {

    public static final String GROUP = "handover";

    /** A crew as the job lists it: call sign and arrival. */
    public record Arrival(String callSign, Instant arrived) {}

    public SiteHandover {
        waiting = List.copyOf(waiting);
    }

    public static SiteHandover from(String site, Map<String, Object> fields) {
        List<Arrival> crews = new ArrayList<>();
        if (fields.get("waiting") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> crew
                        && crew.get("callSign") instanceof String callSign) {
                    Instant arrived = instant(crew.get("arrived"));
                    if (arrived != null) {
                        crews.add(new Arrival(callSign, arrived));
                    }
                }
            }
        }
        crews.sort(Comparator.comparing(Arrival::arrived));
        return new SiteHandover(
                site,
                whole(fields.get("ambulancesWaiting")),
                whole(fields.get("longestWaitMinutes")),
                instant(fields.get("oldestWaitingSince")),
                whole(fields.get("handoversToday")),
                decimal(fields.get("meanHandoverMinutesToday")),
                decimal(fields.get("hoursLostToday")),
                crews);
    }

    /**
     * The longest wait now: ticked on from the oldest arrival, never less than the job's figure
     * (which was exact at its as-of instant).
     */
    public long longestWaitMinutesAt(Instant now) {
        if (ambulancesWaiting == 0) {
            return 0;
        }
        if (oldestWaitingSince == null) {
            return longestWaitMinutes;
        }
        long ticked = Math.max(0, Duration.between(oldestWaitingSince, now).toMinutes());
        return Math.max(longestWaitMinutes, ticked);
    }

    /** The crews waiting, longest first, each judged at {@code now}. */
    public List<CrewWait> crewsAt(Instant now) {
        return waiting.stream()
                .map(a -> CrewWait.of(a.callSign(), site, a.arrived(), now))
                .toList();
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return value instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null;
    }

    private static long whole(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static @Nullable Double decimal(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
