package org.flowboard.dashboard.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.flowboard.feeds.FeedKind;
import org.flowboard.feeds.FeedParser;
import org.flowboard.feeds.LineResult;
import org.flowboard.ics.Ics;
import org.flowboard.kafka.EventOutlet;
import org.flowboard.privacy.Pseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-lines feeds (DESIGN.md section 7): parse every line, write the good ones and wait for
 * Kafka, dead-letter each bad one with its raw bytes, and report line by line.
 *
 * <p>The answer is 200 when at least one line was accepted (the per-line detail a 207 would carry,
 * in the body), 422 when lines were sent and none was accepted, 400 when the body holds no line,
 * and 503 when Kafka did not acknowledge: then no line is claimed accepted, and resending the whole
 * body is safe, since an event's id is derived from its content and the jobs drop repeats.
 */
final class FeedIntake {

    /** An HTTP answer: status and JSON body. */
    record Answer(int status, Map<String, Object> body) {}

    private static final Logger LOG = LoggerFactory.getLogger(FeedIntake.class);

    private final Ics ics;
    private final HttpFeedHealth health;
    private final Clock clock;

    FeedIntake(Ics ics, HttpFeedHealth health, Clock clock) {
        this.ics = ics;
        this.health = health;
        this.clock = clock;
    }

    Answer receive(
            FeedKind feed, byte[] raw, String sender, Pseudonymiser keys, EventOutlet outlet) {
        Instant receivedAt = clock.instant();
        String body = new String(raw, StandardCharsets.UTF_8);
        // Readiness visits are pseudonymised by the parser: the visit number goes no further.
        List<LineResult> results = new FeedParser(ics, keys::encounterKey).parse(feed, body);
        if (results.isEmpty()) {
            return new Answer(400, Map.of("error", "the body holds no JSON line"));
        }
        List<FlowEvent> events =
                results.stream().map(LineResult::event).filter(Objects::nonNull).toList();
        try {
            outlet.publish(events);
        } catch (EventOutlet.NotStoredException e) {
            LOG.warn("{} feed from {} not stored: {}", feed.path(), sender, e.getMessage());
            return new Answer(
                    503,
                    Map.of(
                            "error",
                            "could not store the events (" + e.getMessage() + "): resend later",
                            "accepted",
                            0));
        }
        RawLines lines = new RawLines(body, results.size());
        List<Map<String, Object>> detail = new ArrayList<>();
        String lastReason = null;
        for (LineResult result : results) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", result.line());
            if (result.isAccepted()) {
                line.put("status", "accepted");
            } else {
                line.put("status", "rejected");
                line.put("reason", result.error());
                lastReason = result.error();
                deadLetter(outlet, sender, feed, result, lines.of(result.line()), receivedAt);
            }
            detail.add(line);
        }
        long accepted = events.size();
        long rejected = results.size() - accepted;
        health.record(feed.path(), sender, receivedAt, accepted, rejected, lastReason);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", accepted);
        answer.put("rejected", rejected);
        answer.put("lines", detail);
        return new Answer(accepted == 0 ? 422 : 200, answer);
    }

    private static void deadLetter(
            EventOutlet outlet,
            String sender,
            FeedKind feed,
            LineResult result,
            byte[] raw,
            Instant receivedAt) {
        String reason = feed.path() + " line " + result.line() + ": " + result.error();
        try {
            outlet.deadLetter(sender, reason, receivedAt, raw);
        } catch (EventOutlet.NotStoredException e) {
            // The sender has the reason in the answer; only the copy is missing.
            LOG.warn("dead letter from {} not stored: {}", sender, e.getMessage());
        }
    }

    /**
     * The raw text of a numbered line, as {@link FeedParser} numbered it: the element of an array,
     * the whole body for a single object over several lines, else the physical line.
     */
    private static final class RawLines {
        private final String body;
        private final String[] physical;
        private final JsonNode array;
        private final boolean singleObject;

        RawLines(String body, int results) {
            this.body = body;
            this.physical = body.split("\r?\n", -1);
            String trimmed = body.strip();
            this.array = trimmed.startsWith("[") ? readArray(trimmed) : null;
            this.singleObject = array == null && results == 1 && trimmed.indexOf('\n') > 0;
        }

        byte[] of(int line) {
            String text;
            if (array != null) {
                text = line <= array.size() ? array.get(line - 1).toString() : body;
            } else if (singleObject || line > physical.length) {
                text = body;
            } else {
                text = physical[line - 1];
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static JsonNode readArray(String text) {
            try {
                JsonNode node = Json.mapper().readTree(text);
                return node.isArray() ? node : null;
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }
}
