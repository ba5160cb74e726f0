package org.flowboard.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.flowboard.hl7.Hl7Writer;
import org.flowboard.ics.Ics;

/**
 * Writes a simulated ICS as the recorded feeds a replay reads (DESIGN.md sections 5 and 7): ADT as
 * HL7 v2 messages in {@code adt.hl7}, and the ambulance, capacity and readiness JSON-lines files.
 * For load tests and replay tests: large inputs from the same simulator the demo runs.
 *
 * <p>Encounter keys in simulator events are already pseudonyms; they are written as the visit
 * number (and as the readiness feed's {@code visit}), so a replay keys them consistently.
 */
public final class FeedFiles {

    public static final String ADT = "adt.hl7";
    public static final String AMBULANCE = "ambulance.jsonl";
    public static final String CAPACITY = "capacity.jsonl";
    public static final String READINESS = "readiness.jsonl";

    private static final ObjectMapper JSON = Json.mapper();

    private FeedFiles() {}

    /** What was written. */
    public record Written(
            long adtMessages, long ambulance, long capacity, long readiness, Instant lastEvent) {
        public long events() {
            return adtMessages + ambulance + capacity + readiness;
        }
    }

    /**
     * Writes the simulation's events before {@code end}, or its first {@code maxEvents}, whichever
     * comes first, into {@code dir} (created if needed).
     */
    public static Written write(
            Ics ics, long seed, Instant start, Instant end, long maxEvents, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        Simulator simulator = new Simulator(ics, seed, start);
        Hl7Writer hl7 = new Hl7Writer(ics.timezone(), "SIMPAS");
        long adt = 0;
        long ambulance = 0;
        long capacity = 0;
        long readiness = 0;
        long last = start.toEpochMilli();
        try (Writer adtOut = writer(dir.resolve(ADT));
                Writer ambulanceOut = writer(dir.resolve(AMBULANCE));
                Writer capacityOut = writer(dir.resolve(CAPACITY));
                Writer readinessOut = writer(dir.resolve(READINESS))) {
            long written = 0;
            while (written < maxEvents && simulator.hasNext()) {
                FlowEvent event = simulator.next();
                if (event.eventTime() >= end.toEpochMilli()) {
                    break;
                }
                last = Math.max(last, event.eventTime());
                switch (event.kind()) {
                    case AMBULANCE_ARRIVED, AMBULANCE_HANDED_OVER, AMBULANCE_CLEAR -> {
                        line(ambulanceOut, ambulanceLine(event));
                        ambulance++;
                    }
                    case CAPACITY -> {
                        line(capacityOut, capacityLine(event));
                        capacity++;
                    }
                    case READINESS -> {
                        line(readinessOut, readinessLine(event));
                        readiness++;
                    }
                    default -> {
                        // One message a line (CR between segments, LF after the message).
                        adtOut.write(hl7.write(event, event.sourceId()));
                        adtOut.write('\n');
                        adt++;
                    }
                }
                written++;
            }
        }
        return new Written(adt, ambulance, capacity, readiness, Instant.ofEpochMilli(last));
    }

    static String ambulanceLine(FlowEvent event) throws JsonProcessingException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", event.kind().wireName());
        line.put("incident", event.ambulance().incident());
        line.put("callSign", event.ambulance().callSign());
        line.put("site", event.site());
        line.put("time", event.eventInstant().toString());
        return JSON.writeValueAsString(line);
    }

    static String capacityLine(FlowEvent event) throws JsonProcessingException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "capacity");
        line.put("site", event.site());
        line.put("ward", event.capacity().ward());
        line.put("openCore", event.capacity().openCore());
        line.put("openEscalation", event.capacity().openEscalation());
        line.put("time", event.eventInstant().toString());
        return JSON.writeValueAsString(line);
    }

    static String readinessLine(FlowEvent event) throws JsonProcessingException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "readiness");
        line.put("site", event.site());
        line.put("visit", event.readiness().encounterKey());
        line.put("criteriaToReside", event.readiness().criteriaToReside());
        line.put("pathway", event.readiness().pathway());
        line.put("time", event.eventInstant().toString());
        return JSON.writeValueAsString(line);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}
