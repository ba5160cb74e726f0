package org.flowboard.hl7;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.flowboard.feeds.MinuteRates;
import org.jspecify.annotations.Nullable;

/**
 * Per-sender counters for the feed-health view: when each sender was last heard from, and how many
 * of its messages were accepted, refused, duplicates, or carried data-quality issues. Thread-safe;
 * the dashboard reads {@link #snapshot()}.
 */
public final class FeedHealth {

    /**
     * One sender's counts since start.
     *
     * @param sender {@code MSH-3.1/MSH-4.1}
     * @param accepted messages answered {@code AA}, duplicates included
     * @param duplicates of those, the ones already accepted before (not written again)
     * @param rejected messages answered {@code AE}/{@code AR}
     * @param dataQualityIssues issues found in accepted messages (unknown site or ward, ...)
     * @param lastRejectReason the reason given for the latest refusal
     */
    public record SenderHealth(
            String sender,
            Instant lastMessageAt,
            long accepted,
            long duplicates,
            long rejected,
            long dataQualityIssues,
            @Nullable String lastRejectReason) {}

    private final ConcurrentMap<String, SenderHealth> senders = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, MinuteRates> rates = new ConcurrentHashMap<>();

    void accepted(String sender, Instant at, int dataQualityIssues) {
        update(sender, at, 1, 0, 0, dataQualityIssues, null);
    }

    void duplicate(String sender, Instant at) {
        update(sender, at, 1, 1, 0, 0, null);
    }

    void rejected(String sender, Instant at, String reason) {
        update(sender, at, 0, 0, 1, 0, reason);
    }

    private void update(
            String sender,
            Instant at,
            long accepted,
            long duplicates,
            long rejected,
            long issues,
            @Nullable String reason) {
        rates.computeIfAbsent(sender, s -> new MinuteRates())
                .add(at, accepted + rejected, rejected);
        senders.merge(
                sender,
                new SenderHealth(sender, at, accepted, duplicates, rejected, issues, reason),
                (old, add) ->
                        new SenderHealth(
                                sender,
                                add.lastMessageAt().isAfter(old.lastMessageAt())
                                        ? add.lastMessageAt()
                                        : old.lastMessageAt(),
                                old.accepted() + add.accepted(),
                                old.duplicates() + add.duplicates(),
                                old.rejected() + add.rejected(),
                                old.dataQualityIssues() + add.dataQualityIssues(),
                                add.lastRejectReason() != null
                                        ? add.lastRejectReason()
                                        : old.lastRejectReason()));
    }

    /** Every sender heard from, by name. */
    public List<SenderHealth> snapshot() {
        return senders.values().stream()
                .sorted(Comparator.comparing(SenderHealth::sender))
                .toList();
    }

    /** A sender's messages and rejections per minute lately (zero for an unknown sender). */
    public MinuteRates.PerMinute perMinute(String sender, Instant now) {
        MinuteRates r = rates.get(sender);
        return r == null ? new MinuteRates.PerMinute(0, 0) : r.perMinute(now);
    }

    public @Nullable SenderHealth sender(String sender) {
        return senders.get(sender);
    }
}
