package org.flowboard.feeds;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.flowboard.events.EventKind;

/** The JSON-lines feeds of DESIGN.md section 7, each taking its own event kinds. */
public enum FeedKind {
    AMBULANCE(
            "ambulance",
            Set.of(
                    EventKind.AMBULANCE_ARRIVED,
                    EventKind.AMBULANCE_HANDED_OVER,
                    EventKind.AMBULANCE_CLEAR)),
    CAPACITY("capacity", Set.of(EventKind.CAPACITY)),
    READINESS("readiness", Set.of(EventKind.READINESS));

    private final String path;
    private final Set<EventKind> kinds;

    FeedKind(String path, Set<EventKind> kinds) {
        this.path = path;
        this.kinds = kinds;
    }

    /** The name in URLs and in feed-health reports. */
    public String path() {
        return path;
    }

    boolean accepts(EventKind kind) {
        return kinds.contains(kind);
    }

    public static Optional<FeedKind> fromPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
