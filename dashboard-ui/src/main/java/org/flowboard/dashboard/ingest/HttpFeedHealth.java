package org.flowboard.dashboard.ingest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.flowboard.feeds.MinuteRates;
import org.jspecify.annotations.Nullable;

/**
 * Counters of the HTTP feeds (FHIR and JSON lines) per feed and sender account, the counterpart of
 * the MLLP listener's {@code FeedHealth}. Thread-safe.
 */
final class HttpFeedHealth {

    /** One feed from one account since start; messages are Encounters or lines. */
    record Counts(
            String feed,
            String sender,
            Instant lastReceivedAt,
            long accepted,
            long rejected,
            @Nullable String lastRejectReason) {}

    private record Key(String feed, String sender) {}

    private final ConcurrentMap<Key, Counts> counts = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, MinuteRates> rates = new ConcurrentHashMap<>();

    void record(
            String feed,
            String sender,
            Instant at,
            long accepted,
            long rejected,
            @Nullable String lastRejectReason) {
        Key key = new Key(feed, sender);
        rates.computeIfAbsent(key, k -> new MinuteRates()).add(at, accepted + rejected, rejected);
        counts.merge(
                key,
                new Counts(feed, sender, at, accepted, rejected, lastRejectReason),
                (old, add) ->
                        new Counts(
                                feed,
                                sender,
                                add.lastReceivedAt().isAfter(old.lastReceivedAt())
                                        ? add.lastReceivedAt()
                                        : old.lastReceivedAt(),
                                old.accepted() + add.accepted(),
                                old.rejected() + add.rejected(),
                                add.lastRejectReason() != null
                                        ? add.lastRejectReason()
                                        : old.lastRejectReason()));
    }

    List<Counts> snapshot() {
        return counts.values().stream()
                .sorted(Comparator.comparing(Counts::feed).thenComparing(Counts::sender))
                .toList();
    }

    MinuteRates.PerMinute perMinute(Counts c, Instant now) {
        MinuteRates r = rates.get(new Key(c.feed(), c.sender()));
        return r == null ? new MinuteRates.PerMinute(0, 0) : r.perMinute(now);
    }
}
