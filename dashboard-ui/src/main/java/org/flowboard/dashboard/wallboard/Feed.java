package org.flowboard.dashboard.wallboard;

import java.util.Optional;

/** The outside feeds of DESIGN.md section 1, by the key the {@code feeds} group uses. */
public enum Feed {
    ADT("adt", "PAS"),
    AMBULANCE("ambulance", "Ambulance"),
    CAPACITY("capacity", "Bed manager"),
    READINESS("readiness", "Discharge hub");

    private final String key;
    private final String label;

    Feed(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public static Optional<Feed> of(String key) {
        for (Feed feed : values()) {
            if (feed.key.equals(key)) {
                return Optional.of(feed);
            }
        }
        return Optional.empty();
    }

    /** What the control room calls the sending system. */
    public String label() {
        return label;
    }
}
