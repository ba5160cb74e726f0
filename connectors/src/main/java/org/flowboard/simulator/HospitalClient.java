package org.flowboard.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.flowboard.hl7.Hl7Writer;
import org.flowboard.ics.Ics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Simulator} as a hospital's systems would talk to FlowBoard: ADT as HL7 v2 over
 * MLLP (waiting for each ACK), and ambulance, capacity and readiness events as JSON lines over
 * HTTP, so that the demo goes through the connectors too. Paced like {@link SimulatorRunner}; a
 * refused or unreachable send is logged and retried, so the demo survives the dashboard starting
 * after it.
 */
public final class HospitalClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HospitalClient.class);
    private static final byte START = 0x0b;
    private static final byte END = 0x1c;
    private static final byte CR = 0x0d;
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_BATCH = 1000;

    /** Where to send: the MLLP listener and the dashboard's feed endpoints, with a feed account. */
    public record Target(
            String mllpHost, int mllpPort, URI feedsBase, String user, String password) {}

    private final Simulator simulator;
    private final Target target;
    private final double speed;
    private final Clock clock = Clock.systemUTC();
    private final Hl7Writer hl7;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
    private final Thread thread;
    private final String authorization;
    private volatile boolean running = true;
    private Socket mllp;
    private volatile long sent;
    private long controlIds;

    private HospitalClient(Simulator simulator, Ics ics, Target target, double speed) {
        this.simulator = simulator;
        this.target = target;
        this.speed = speed;
        this.hl7 = new Hl7Writer(ics.timezone(), "FLOWSIM");
        this.authorization =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (target.user() + ":" + target.password())
                                                .getBytes(StandardCharsets.UTF_8));
        this.thread = new Thread(this::run, "flowboard-demo-hospital");
        thread.setDaemon(true);
    }

    public static HospitalClient start(Ics ics, Target target, long seed, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        HospitalClient client =
                new HospitalClient(new Simulator(ics, seed, Instant.now()), ics, target, speed);
        client.thread.start();
        LOG.info(
                "demo hospital sending HL7 v2 to MLLP {}:{} and feeds to {} (seed {}, speed {}x)",
                target.mllpHost(),
                target.mllpPort(),
                target.feedsBase(),
                seed,
                speed);
        return client;
    }

    public long sent() {
        return sent;
    }

    private void run() {
        long simStart = simulator.start().toEpochMilli();
        long wallStart = clock.millis();
        FlowEvent pending = null;
        try {
            while (running && (pending != null || simulator.hasNext())) {
                FlowEvent first = pending != null ? pending : simulator.next();
                pending = null;
                long due = dueAt(first, simStart, wallStart);
                while (running && clock.millis() < due) {
                    Thread.sleep(Math.min(250, due - clock.millis()));
                }
                // Everything already due goes now: the census at start is a burst, and a feed
                // account's lines go in one request (each request is one password check).
                List<FlowEvent> batch = new ArrayList<>();
                batch.add(first);
                while (batch.size() < MAX_BATCH && simulator.hasNext()) {
                    FlowEvent next = simulator.next();
                    if (dueAt(next, simStart, wallStart) > clock.millis()) {
                        pending = next;
                        break;
                    }
                    batch.add(next);
                }
                deliver(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeMllp();
        }
        LOG.info("demo hospital stopped after sending {} events", sent);
    }

    private long dueAt(FlowEvent event, long simStart, long wallStart) {
        return wallStart + (long) ((event.eventTime() - simStart) / speed);
    }

    /**
     * ADT over MLLP one message at a time, the feeds one request each. Order between the channels
     * does not matter: the jobs apply events in event-time order whatever order they arrive in.
     */
    private void deliver(List<FlowEvent> batch) throws InterruptedException {
        Map<String, StringBuilder> feeds = new LinkedHashMap<>();
        for (FlowEvent event : batch) {
            if (isAdt(event)) {
                while (running && !attempt(() -> sendHl7(event))) {
                    Thread.sleep(RETRY_BACKOFF.toMillis());
                }
                sent++;
            } else {
                feeds.computeIfAbsent(feedOf(event), f -> new StringBuilder())
                        .append(feedLine(event))
                        .append('\n');
            }
        }
        for (Map.Entry<String, StringBuilder> feed : feeds.entrySet()) {
            String body = feed.getValue().toString();
            while (running && !attempt(() -> postFeed(feed.getKey(), body))) {
                Thread.sleep(RETRY_BACKOFF.toMillis());
            }
            sent += body.chars().filter(c -> c == '\n').count();
        }
    }

    private interface Send {
        boolean send() throws IOException, InterruptedException;
    }

    /** True once the receiver accepted (or refused for good, which is logged). */
    private boolean attempt(Send send) throws InterruptedException {
        try {
            return send.send();
        } catch (IOException e) {
            LOG.debug("send failed ({}); retrying", e.toString());
            closeMllp();
            return false;
        }
    }

    private static boolean isAdt(FlowEvent event) {
        return event.kind().isAdt() || event.kind() == EventKind.ED_ARRIVAL;
    }

    private static String feedOf(FlowEvent event) {
        if (event.kind().isAmbulance()) {
            return "ambulance";
        }
        return event.kind() == EventKind.CAPACITY ? "capacity" : "readiness";
    }

    private boolean sendHl7(FlowEvent event) throws IOException {
        String message = hl7.write(event, "SIM" + (++controlIds));
        if (mllp == null) {
            mllp = new Socket();
            mllp.connect(
                    new InetSocketAddress(target.mllpHost(), target.mllpPort()),
                    (int) TIMEOUT.toMillis());
            mllp.setSoTimeout((int) TIMEOUT.toMillis());
            mllp.setTcpNoDelay(true);
        }
        // One write per frame, and no Nagle delay: each message waits for its ACK anyway.
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[body.length + 3];
        frame[0] = START;
        System.arraycopy(body, 0, frame, 1, body.length);
        frame[frame.length - 2] = END;
        frame[frame.length - 1] = CR;
        OutputStream out = mllp.getOutputStream();
        out.write(frame);
        out.flush();
        String ack = readFrame(mllp.getInputStream());
        String code = ackCode(ack);
        if ("AA".equals(code)) {
            return true;
        }
        if ("AE".equals(code)) {
            // The content is wrong: resending the same message cannot help.
            LOG.warn("MLLP listener refused a simulated message: {}", ack.replace('\r', ' '));
            return true;
        }
        LOG.debug("MLLP listener answered {}; resending", code);
        return false;
    }

    private static String readFrame(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) != START) {
            if (b < 0) {
                throw new IOException("connection closed before an ACK");
            }
        }
        StringBuilder ack = new StringBuilder();
        while ((b = in.read()) != END) {
            if (b < 0) {
                throw new IOException("connection closed inside an ACK");
            }
            ack.append((char) b);
        }
        in.read(); // the CR that ends the frame
        return ack.toString();
    }

    /** MSA-1 of an ACK: AA, AE or AR. */
    static String ackCode(String ack) {
        for (String segment : ack.split("\r")) {
            if (segment.startsWith("MSA|")) {
                String[] fields = segment.split("\\|", -1);
                return fields.length > 1 ? fields[1] : "";
            }
        }
        return "";
    }

    private boolean postFeed(String feed, String body) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(target.feedsBase().resolve("/api/v1/feeds/" + feed))
                        .timeout(TIMEOUT)
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 200) {
            return true;
        }
        if (status == 422 || status == 400) {
            LOG.warn("feed endpoint refused a simulated {} line: {}", feed, response.body());
            return true;
        }
        LOG.debug("feed endpoint answered {}; resending", status);
        return false;
    }

    /** One line of DESIGN.md section 7. */
    static String feedLine(FlowEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", event.kind().wireName());
        line.put("site", event.site());
        if (event.ambulance() != null) {
            line.put("incident", event.ambulance().incident());
            line.put("callSign", event.ambulance().callSign());
        }
        if (event.capacity() != null) {
            line.put("ward", event.capacity().ward());
            line.put("openCore", event.capacity().openCore());
            line.put("openEscalation", event.capacity().openEscalation());
        }
        if (event.readiness() != null) {
            // The simulator's encounter keys are pseudonyms already: they stand in for visit
            // numbers.
            line.put("visit", event.readiness().encounterKey());
            line.put("criteriaToReside", event.readiness().criteriaToReside());
            line.put("pathway", event.readiness().pathway());
        }
        line.put("time", Instant.ofEpochMilli(event.eventTime()).toString());
        try {
            return Json.mapper().writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeMllp() {
        if (mllp != null) {
            try {
                mllp.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
            mllp = null;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
