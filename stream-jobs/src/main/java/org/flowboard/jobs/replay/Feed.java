package org.flowboard.jobs.replay;

import org.flowboard.feeds.FeedKind;
import org.jspecify.annotations.Nullable;

/** The recorded feeds a replay reads: HL7 v2 ADT, and the three JSON-lines feeds. */
public enum Feed {
    ADT(null),
    AMBULANCE(FeedKind.AMBULANCE),
    CAPACITY(FeedKind.CAPACITY),
    READINESS(FeedKind.READINESS);

    private final @Nullable FeedKind jsonKind;

    Feed(@Nullable FeedKind jsonKind) {
        this.jsonKind = jsonKind;
    }

    /** The JSON feed's kind; null for ADT. */
    @Nullable FeedKind jsonKind() {
        return jsonKind;
    }
}
