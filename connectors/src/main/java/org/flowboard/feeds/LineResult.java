package org.flowboard.feeds;

import org.flowboard.events.FlowEvent;
import org.jspecify.annotations.Nullable;

/**
 * What became of one line of a feed: an event, or the reason it was refused (for the sender's
 * response and the dead-letter topic).
 *
 * @param line 1-based line number in the request body
 */
public record LineResult(int line, @Nullable FlowEvent event, @Nullable String error) {

    static LineResult accepted(int line, FlowEvent event) {
        return new LineResult(line, event, null);
    }

    static LineResult rejected(int line, String error) {
        return new LineResult(line, null, error);
    }

    public boolean isAccepted() {
        return event != null;
    }
}
