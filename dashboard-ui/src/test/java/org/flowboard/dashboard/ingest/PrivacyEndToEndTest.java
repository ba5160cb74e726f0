package org.flowboard.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.Initiator;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowboard.dashboard.RedisTarget;
import org.flowboard.kafka.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.clients.jedis.Jedis;

/**
 * The privacy promise end to end, in embedded mode (broker, redis-server, the live jobs on a
 * MiniCluster, the MLLP listener): after every accepted HL7 sample went in over MLLP through HAPI's
 * client, no NHS number, PID-3 identifier, patient name or date of birth from them is anywhere in
 * flow.events, flow.metrics, Redis or the snapshot API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PrivacyEndToEndTest {

    private static final Path HL7 = Path.of("..", "..", "shared", "fixtures", "hl7", "accepted");
    private static HapiContext hapi;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("flowboard.embedded", () -> "true");
        registry.add("flowboard.simulator.enabled", () -> "false");
        registry.add("flowboard.mllp.port", () -> "0");
        registry.add("flowboard.pseudonymisation.key", () -> IngestTestConfig.KEY);
        // Samples whose PV1-3.4 is empty land on a demo site, so that the jobs have work.
        for (Path file : fixtures()) {
            String facility = sendingFacility(text(file));
            if (!facility.isEmpty()) {
                registry.add("flowboard.mllp.sender-sites[" + facility + "]", () -> "RZZ01");
            }
        }
    }

    @BeforeAll
    static void client() {
        hapi = new DefaultHapiContext();
        hapi.setValidationContext(ValidationContextFactory.noValidation());
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
    }

    @AfterAll
    static void closeClient() throws IOException {
        hapi.close();
    }

    @Autowired IngestConnectors connectors;
    @Autowired RedisTarget redis;
    @LocalServerPort int httpPort;

    @Test
    void noPatientIdentifierLeavesTheConnector() throws Exception {
        Set<String> identifiers = new LinkedHashSet<>();
        Connection connection =
                hapi.newClient("127.0.0.1", connectors.mllpPort().orElseThrow(), false);
        try {
            Initiator initiator = connection.getInitiator();
            initiator.setTimeout(30, TimeUnit.SECONDS);
            for (Path file : fixtures()) {
                String message = normalise(text(file));
                identifiers.addAll(identifiers(message));
                Message sent = hapi.getPipeParser().parse(message);
                Terser ack = new Terser(initiator.sendAndReceive(sent));
                assertThat(ack.get("/MSA-1")).as("%s", file.getFileName()).isEqualTo("AA");
            }
        } finally {
            connection.close();
        }
        assertThat(identifiers)
                .as("the samples carry identifiers to look for")
                .hasSizeGreaterThan(20);

        String bootstrap = connectors.bootstrapServers().orElseThrow();
        awaitMetrics(bootstrap);

        String events = topicText(bootstrap, Topics.EVENTS.name());
        String metrics = topicText(bootstrap, Topics.METRICS.name());
        String redisText = redisText();
        String snapshot = snapshot();
        assertThat(events).as("flow.events was read").isNotEmpty();
        assertThat(redisText).as("Redis holds metrics").isNotEmpty();
        for (String id : identifiers) {
            // As a whole token: "1234567" inside a control id "Q123456789" is not that patient.
            Pattern token =
                    Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(id) + "(?![A-Za-z0-9])");
            assertThat(events).as("flow.events has %s", id).doesNotContainPattern(token);
            assertThat(metrics).as("flow.metrics has %s", id).doesNotContainPattern(token);
            assertThat(redisText).as("Redis has %s", id).doesNotContainPattern(token);
            assertThat(snapshot).as("snapshot has %s", id).doesNotContainPattern(token);
        }
    }

    /** Waits (generously) until the jobs wrote metrics to flow.metrics and to Redis. */
    private void awaitMetrics(String bootstrap) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!topicText(bootstrap, Topics.METRICS.name()).isEmpty() && !redisText().isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no metrics from the live jobs within 3 minutes");
    }

    private static String topicText(String bootstrap, String topic) {
        StringBuilder text = new StringBuilder();
        TestKafka.readAll(bootstrap, topic)
                .forEach(
                        r -> {
                            text.append(r.key()).append('\n');
                            text.append(new String(r.value(), StandardCharsets.UTF_8)).append('\n');
                        });
        return text.toString();
    }

    /** Every key and every value in Redis, whatever its type. */
    private String redisText() {
        StringBuilder text = new StringBuilder();
        try (Jedis jedis = new Jedis(URI.create(redis.url()))) {
            for (String key : jedis.keys("*")) {
                text.append(key).append('\n');
                switch (jedis.type(key)) {
                    case "string" -> text.append(jedis.get(key));
                    case "hash" ->
                            jedis.hgetAll(key)
                                    .forEach(
                                            (f, v) ->
                                                    text.append(f)
                                                            .append('=')
                                                            .append(v)
                                                            .append('\n'));
                    case "list" -> text.append(jedis.lrange(key, 0, -1));
                    case "set" -> text.append(jedis.smembers(key));
                    case "zset" -> text.append(jedis.zrange(key, 0, -1));
                    default ->
                            text.append(
                                    jedis.dump(key) == null
                                            ? ""
                                            : Base64.getEncoder().encodeToString(jedis.dump(key)));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private String snapshot() throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + httpPort
                                                                + "/api/v1/snapshot"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(
                                                                        "manager:demo".getBytes()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * NHS number and other identifiers (PID-2, each PID-3 id, PID-19), names (PID-5 family and
     * given) and the date of birth (PID-7, as sent and as yyyy-MM-dd).
     */
    static List<String> identifiers(String message) {
        List<String> values = new ArrayList<>();
        for (String segment : message.split("\r")) {
            if (!segment.startsWith("PID|")) {
                continue;
            }
            String[] f = segment.split("\\|", -1);
            for (int field : new int[] {2, 3, 19}) {
                if (field < f.length) {
                    for (String repetition : f[field].split("~")) {
                        add(values, repetition.split("\\^", -1)[0]);
                    }
                }
            }
            if (f.length > 5) {
                for (String name : f[5].split("~")) {
                    String[] parts = name.split("\\^", -1);
                    add(values, parts[0]);
                    if (parts.length > 1) {
                        add(values, parts[1]);
                    }
                }
            }
            if (f.length > 7 && f[7].length() >= 8) {
                String dob = f[7].substring(0, 8);
                add(values, dob);
                add(
                        values,
                        dob.substring(0, 4)
                                + "-"
                                + dob.substring(4, 6)
                                + "-"
                                + dob.substring(6, 8));
            }
        }
        return values;
    }

    private static void add(List<String> values, String value) {
        String v = value.split("&", -1)[0].trim();
        // Very short values (initials, "1") would match anything; they identify no one alone.
        if (v.length() >= 4) {
            values.add(v);
        }
    }

    private static String sendingFacility(String message) {
        String msh = normalise(message).split("\r")[0];
        String[] fields = msh.split("\\|", -1);
        return fields.length > 3 ? fields[3].split("\\^", -1)[0] : "";
    }

    private static String normalise(String message) {
        return message.replace("\r\n", "\r").replace('\n', '\r').strip();
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(HL7)) {
            return files.filter(p -> p.toString().endsWith(".hl7")).sorted().toList();
        }
    }
}
