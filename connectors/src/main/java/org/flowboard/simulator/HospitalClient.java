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
import java.util.Base64;
import java.util.LinkedHashMap;
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
    private long sent;
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
        try {
            while (running && simulator.hasNext()) {
                FlowEvent event = simulator.next();
                long due = wallStart + (long) ((event.eventTime() - simStart) / speed);
                while (running && clock.millis() < due) {
                    Thread.sleep(Math.min(250, due - clock.millis()));
                }
                while (running && !deliver(event)) {
                    Thread.sleep(RETRY_BACKOFF.toMillis());
                }
                sent++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeMllp();
        }
        LOG.info("demo hospital stopped after sending {} messages", sent);
    }

    /** True once the receiver accepted the event (or refused it for good, which it logs). */
    private boolean deliver(FlowEvent event) {
        try {
            return event.kind().isAdt() || event.kind() == EventKind.ED_ARRIVAL
                    ? sendHl7(event)
                    : postFeed(event);
        } catch (IOException e) {
            LOG.debug("send failed ({}); retrying", e.toString());
            closeMllp();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    private boolean sendHl7(FlowEvent event) throws IOException {
        String message = hl7.write(event, "SIM" + (++controlIds));
        if (mllp == null) {
            mllp = new Socket();
            mllp.connect(
                    new InetSocketAddress(target.mllpHost(), target.mllpPort()),
                    (int) TIMEOUT.toMillis());
            mllp.setSoTimeout((int) TIMEOUT.toMillis());
        }
        OutputStream out = mllp.getOutputStream();
        out.write(START);
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {END, CR});
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

    private boolean postFeed(FlowEvent event) throws IOException, InterruptedException {
        String feed =
                event.kind().isAmbulance()
                        ? "ambulance"
                        : event.kind() == EventKind.CAPACITY ? "capacity" : "readiness";
        HttpRequest request =
                HttpRequest.newBuilder(target.feedsBase().resolve("/api/v1/feeds/" + feed))
                        .timeout(TIMEOUT)
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(feedLine(event)))
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
