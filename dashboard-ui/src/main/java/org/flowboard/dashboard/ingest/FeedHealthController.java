package org.flowboard.dashboard.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowboard.feeds.MinuteRates;
import org.flowboard.hl7.FeedHealth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/feeds/health}: per sender, when it was last heard from, its counts since
 * start, and its messages and rejections per minute over the last five minutes; MLLP senders by
 * {@code MSH-3/MSH-4}, HTTP feeds by feed and account.
 */
@RestController
class FeedHealthController {

    private final IngestConnectors connectors;
    private final HttpFeedHealth http;
    private final Clock clock;

    FeedHealthController(IngestConnectors connectors, HttpFeedHealth http, Clock clock) {
        this.connectors = connectors;
        this.http = http;
        this.clock = clock;
    }

    @GetMapping("/api/v1/feeds/health")
    Map<String, Object> health() {
        Instant now = clock.instant();
        Map<String, Object> mllp = new LinkedHashMap<>();
        mllp.put("running", connectors.mllpPort().isPresent());
        connectors.mllpPort().ifPresent(port -> mllp.put("port", port));
        mllp.put(
                "senders",
                connectors.mllpHealth().map(health -> senders(health, now)).orElse(List.of()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("asOf", now.toString());
        answer.put("mllp", mllp);
        answer.put("http", http.snapshot().stream().map(c -> httpFeed(c, now)).toList());
        return answer;
    }

    private static List<Map<String, Object>> senders(FeedHealth health, Instant now) {
        return health.snapshot().stream()
                .map(
                        s -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("sender", s.sender());
                            m.put("lastMessageAt", s.lastMessageAt().toString());
                            m.put("accepted", s.accepted());
                            m.put("duplicates", s.duplicates());
                            m.put("rejected", s.rejected());
                            m.put("dataQualityIssues", s.dataQualityIssues());
                            m.put("lastRejectReason", s.lastRejectReason());
                            rates(m, health.perMinute(s.sender(), now));
                            return m;
                        })
                .toList();
    }

    private Map<String, Object> httpFeed(HttpFeedHealth.Counts c, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feed", c.feed());
        m.put("sender", c.sender());
        m.put("lastReceivedAt", c.lastReceivedAt().toString());
        m.put("accepted", c.accepted());
        m.put("rejected", c.rejected());
        m.put("lastRejectReason", c.lastRejectReason());
        rates(m, http.perMinute(c, now));
        return m;
    }

    private static void rates(Map<String, Object> m, MinuteRates.PerMinute rates) {
        m.put("messagesPerMinute", rates.messages());
        m.put("rejectionsPerMinute", rates.rejections());
    }
}
