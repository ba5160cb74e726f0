package org.flowboard.jobs.feeds;

/**
 * How one feed of one site has been arriving, in receive time (this is about the pipe, not the
 * hospital's clock).
 *
 * @param lastReceivedAt when its latest event reached a connector, epoch ms
 * @param lastEventAt the event time of that event, epoch ms
 * @param usualGapMillis a moving average of the gaps between its events
 * @param lastEmittedAt when its figures were last sent on, epoch ms (receive time)
 */
public record FeedActivity(
        String feed,
        long lastReceivedAt,
        long lastEventAt,
        long usualGapMillis,
        long events,
        long lastEmittedAt) {}
