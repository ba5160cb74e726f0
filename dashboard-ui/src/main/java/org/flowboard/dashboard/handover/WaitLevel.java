package org.flowboard.dashboard.handover;

import java.util.Locale;

/**
 * How long the longest ambulance wait at an ED is, in bands that match Release to Rescue: under 30
 * minutes, flagged from 30, release due from 45. Always shown with its words, never colour alone.
 */
public enum WaitLevel {
    NONE("No queue"),
    WAITING("Under 30 min"),
    FLAGGED("30 min+"),
    RELEASE_DUE("45 min+ release due");

    private final String label;

    WaitLevel(String label) {
        this.label = label;
    }

    public static WaitLevel of(long waiting, long longestWaitMinutes) {
        if (waiting == 0) {
            return NONE;
        }
        if (longestWaitMinutes >= CrewWait.RELEASE_AFTER.toMinutes()) {
            return RELEASE_DUE;
        }
        return longestWaitMinutes >= CrewWait.FLAG_FROM.toMinutes() ? FLAGGED : WAITING;
    }

    public String label() {
        return label;
    }

    /** CSS class, e.g. {@code wait-release-due}. */
    public String cssClass() {
        return "wait-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
