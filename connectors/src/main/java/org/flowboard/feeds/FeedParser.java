package org.flowboard.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;

/**
 * Validates the ambulance, capacity and readiness feeds (DESIGN.md section 7) and turns each line
 * into a canonical event. Unknown fields are ignored; a line with a missing or malformed required
 * field is refused with a reason a person can act on, and the other lines still count.
 */
public final class FeedParser {

    private static final ObjectMapper MAPPER = Json.mapper();
    // A line holds exactly one value; "{...} {...}" on one line is an error, not the first object.
    private static final ObjectReader STRICT =
            MAPPER.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // A single event is small; anything this long is a mistake, and must not be buffered whole.
    static final int MAX_LINE_CHARS = 16 * 1024;

    private final Ics ics;
    private final EncounterKeys keys;

    public FeedParser(Ics ics, EncounterKeys keys) {
        this.ics = ics;
        this.keys = keys;
    }

    /**
     * Parses a request body: JSON lines, or a single JSON object (which may span lines), or a JSON
     * array of objects. Blank lines are skipped.
     */
    public List<LineResult> parse(FeedKind feed, String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("[")) {
            return parseArray(feed, trimmed);
        }
        // A pretty-printed single object spans lines but is one event.
        if (trimmed.indexOf('\n') > 0 && looksLikeOneObject(trimmed)) {
            return List.of(parseLine(feed, 1, trimmed));
        }
        List<LineResult> results = new ArrayList<>();
        List<String> lines = lines(body);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                results.add(parseLine(feed, i + 1, lines.get(i)));
            }
        }
        return results;
    }

    /**
     * The body split at LF or CRLF, trailing empty lines kept: {@code body.split("\\r?\\n", -1)}
     * without a regular expression, which costs more than parsing the line in a bulk replay.
     */
    static List<String> lines(String body) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', from)) {
            int end = nl > from && body.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(body.substring(from, end));
            from = nl + 1;
        }
        lines.add(body.substring(from));
        return lines;
    }

    private static boolean looksLikeOneObject(String trimmed) {
        try {
            return STRICT.<JsonNode>readValue(trimmed).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private List<LineResult> parseArray(FeedKind feed, String body) {
        JsonNode array;
        try {
            array = STRICT.readValue(body);
        } catch (JsonProcessingException e) {
            return List.of(LineResult.rejected(1, "not JSON: " + e.getOriginalMessage()));
        }
        List<LineResult> results = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            results.add(parseNode(feed, i + 1, array.get(i)));
        }
        return results;
    }

    LineResult parseLine(FeedKind feed, int line, String text) {
        if (text.length() > MAX_LINE_CHARS) {
            return LineResult.rejected(
                    line, "line is longer than " + MAX_LINE_CHARS + " characters");
        }
        JsonNode node = FlatJson.parse(text);
        if (node == null) {
            try {
                node = STRICT.readValue(text);
            } catch (JsonProcessingException e) {
                return LineResult.rejected(line, "not JSON: " + e.getOriginalMessage());
            }
        }
        return parseNode(feed, line, node);
    }

    private LineResult parseNode(FeedKind feed, int line, JsonNode node) {
        try {
            return LineResult.accepted(line, event(feed, node));
        } catch (InvalidLine e) {
            return LineResult.rejected(line, e.getMessage());
        }
    }

    private FlowEvent event(FeedKind feed, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidLine("a JSON object is required");
        }
        EventKind kind = kind(node);
        if (!feed.accepts(kind)) {
            throw new InvalidLine(
                    "kind '"
                            + kind.wireName()
                            + "' does not belong on the "
                            + feed.path()
                            + " feed");
        }
        Site site = site(node);
        Instant time = time(node);
        return switch (kind) {
            case AMBULANCE_ARRIVED, AMBULANCE_HANDED_OVER, AMBULANCE_CLEAR -> {
                String incident = text(node, "incident");
                String callSign = text(node, "callSign");
                yield FlowEvent.ambulance(
                        kind,
                        sourceId(kind, site, incident, time),
                        site.code(),
                        incident,
                        callSign,
                        time);
            }
            case CAPACITY -> {
                String ward = text(node, "ward");
                if (site.ward(ward).isEmpty()) {
                    throw new InvalidLine(
                            "ward '"
                                    + ward
                                    + "' is not a ward of "
                                    + site.code()
                                    + " in the ICS file");
                }
                int core = count(node, "openCore");
                int escalation = count(node, "openEscalation");
                yield FlowEvent.capacity(
                        sourceId(kind, site, ward, time),
                        site.code(),
                        ward,
                        core,
                        escalation,
                        time);
            }
            case READINESS -> {
                String key = keys.keyOf(site.code(), text(node, "visit"));
                boolean meets = bool(node, "criteriaToReside");
                Integer pathway = pathway(node);
                yield FlowEvent.readiness(
                        sourceId(kind, site, key, time), site.code(), key, meets, pathway, time);
            }
            default -> throw new InvalidLine("kind '" + kind.wireName() + "' is not a feed event");
        };
    }

    /**
     * Same kind, key and time is the same event (DESIGN.md section 6): its id says exactly that.
     */
    private static String sourceId(EventKind kind, Site site, String key, Instant time) {
        return kind.wireName() + "|" + site.code() + "|" + key + "|" + time.toEpochMilli();
    }

    private static EventKind kind(JsonNode node) {
        String name = text(node, "kind");
        try {
            return EventKind.fromWireName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidLine("kind '" + name + "' is unknown");
        }
    }

    private Site site(JsonNode node) {
        String code = text(node, "site");
        return ics.site(code)
                .orElseThrow(
                        () ->
                                new InvalidLine(
                                        "site '"
                                                + code
                                                + "' is not in the ICS file "
                                                + ics.code()));
    }

    private static Instant time(JsonNode node) {
        String value = text(node, "time");
        try {
            return IsoInstants.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidLine(
                    "time '"
                            + value
                            + "' is not an ISO-8601 instant with an offset, e.g. 2026-03-02T08:15:00Z");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidLine("'" + field + "' is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidLine("'" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    private static int count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidLine("'" + field + "' is missing");
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 10_000) {
            throw new InvalidLine("'" + field + "' must be a whole number of beds from 0 to 10000");
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidLine("'" + field + "' is missing");
        }
        if (!value.isBoolean()) {
            throw new InvalidLine("'" + field + "' must be true or false");
        }
        return value.asBoolean();
    }

    private static Integer pathway(JsonNode node) {
        JsonNode value = node.get("pathway");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 3) {
            throw new InvalidLine("'pathway' must be a discharge pathway 0, 1, 2 or 3, or null");
        }
        return value.asInt();
    }

    private static final class InvalidLine extends RuntimeException {
        InvalidLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
