package org.flowboard.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flowboard.deadletter.DeadLetter;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The JSON-lines feeds over the real filter chain and a real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class FeedEndpointTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CAPACITY_OK =
            "{\"kind\":\"capacity\",\"site\":\"RZZ01\",\"ward\":\"NG-A1\",\"openCore\":24,"
                    + "\"openEscalation\":2,\"time\":\"2026-03-02T08:00:00Z\"}";
    private static final String CAPACITY_UNKNOWN_WARD =
            "{\"kind\":\"capacity\",\"site\":\"RZZ01\",\"ward\":\"NOPE\",\"openCore\":24,"
                    + "\"openEscalation\":2,\"time\":\"2026-03-02T08:05:00Z\"}";
    private static final String READINESS_VISIT = "VISIT-77821";
    private static final String READINESS =
            "{\"kind\":\"readiness\",\"site\":\"RZZ01\",\"visit\":\""
                    + READINESS_VISIT
                    + "\",\"criteriaToReside\":false,\"pathway\":1,"
                    + "\"time\":\"2026-03-02T09:00:00Z\"}";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IngestTestConfig.properties(registry);
    }

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void goodLinesAreWrittenAndBadOnesReportedAndDeadLetteredWithTheirRawBytes() throws Exception {
        int before = IngestTestConfig.events().size();
        String body = CAPACITY_OK + "\n" + CAPACITY_UNKNOWN_WARD + "\n\nnot json\n";

        MvcResult result = postFeed("capacity", NDJSON, body);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode answer = json(result);
        assertThat(answer.path("accepted").asInt()).isEqualTo(1);
        assertThat(answer.path("rejected").asInt()).isEqualTo(2);
        assertThat(answer.at("/lines/0/line").asInt()).isEqualTo(1);
        assertThat(answer.at("/lines/0/status").asText()).isEqualTo("accepted");
        assertThat(answer.at("/lines/1/status").asText()).isEqualTo("rejected");
        assertThat(answer.at("/lines/1/reason").asText()).contains("ward 'NOPE'");
        assertThat(answer.at("/lines/2/line").asInt()).isEqualTo(4);
        assertThat(answer.at("/lines/2/reason").asText()).startsWith("not JSON");

        List<FlowEvent> events = IngestTestConfig.events();
        assertThat(events.subList(before, events.size()))
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.CAPACITY));
        ConsumerRecord<String, byte[]> letter = deadLetterOf(CAPACITY_UNKNOWN_WARD);
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_SENDER)).isEqualTo("feed");
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_CONNECTOR))
                .isEqualTo("json-feeds");
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_REASON))
                .startsWith("capacity line 2: ward 'NOPE'");
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_RECEIVED_AT)).isNotBlank();
        assertThat(deadLetterOf("not json")).isNotNull();
    }

    @Test
    void whenNoLineIsAcceptedTheAnswerIs422() throws Exception {
        MvcResult result = postFeed("capacity", NDJSON, CAPACITY_UNKNOWN_WARD);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(result).path("accepted").asInt()).isZero();
    }

    @Test
    void anArrayOrASingleObjectIsTakenAsJson() throws Exception {
        MvcResult array =
                postFeed(
                        "capacity",
                        "application/json",
                        "[" + CAPACITY_OK + "," + CAPACITY_OK + "]");
        MvcResult single = postFeed("capacity", "application/json", CAPACITY_OK);

        assertThat(json(array).path("accepted").asInt()).isEqualTo(2);
        assertThat(json(single).path("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void readinessVisitNumbersArePseudonymisedBeforeKafka() throws Exception {
        MvcResult result = postFeed("readiness", NDJSON, READINESS);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String written =
                TestKafka.readAll(TestKafka.bootstrap(), "flow.events").stream()
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                        .reduce("", String::concat);
        assertThat(written).contains("\"readiness\"").doesNotContain(READINESS_VISIT);
    }

    @Test
    void anEventOfAnotherFeedIsRejected() throws Exception {
        MvcResult result = postFeed("ambulance", NDJSON, CAPACITY_OK);

        assertThat(json(result).at("/lines/0/reason").asText())
                .isEqualTo("kind 'capacity' does not belong on the ambulance feed");
    }

    @Test
    void anUnknownFeedIs404AndAnEmptyBody400() throws Exception {
        assertThat(postFeed("weather", NDJSON, CAPACITY_OK).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(postFeed("capacity", NDJSON, "\n\n").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = (CAPACITY_OK + "\n").repeat(70_000 / CAPACITY_OK.length() + 1);

        assertThat(postFeed("capacity", NDJSON, big).getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void withoutCredentialsIs401JsonNotARedirect() throws Exception {
        MvcResult result =
                mvc.perform(post("/api/v1/feeds/capacity").contentType(NDJSON).content(CAPACITY_OK))
                        .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeader("Location")).isNull();
        assertThat(json(result).path("error").asText()).contains("feed account");
    }

    @Test
    void healthCountsTheHttpFeedsAndIsReadableByDashboardUsers() throws Exception {
        postFeed("ambulance", NDJSON, CAPACITY_OK);

        MvcResult result =
                mvc.perform(get("/api/v1/feeds/health").with(httpBasic("manager", "demo")))
                        .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode health = json(result);
        assertThat(health.at("/mllp/running").asBoolean()).isTrue();
        JsonNode ambulance = null;
        for (JsonNode feed : health.path("http")) {
            if (feed.path("feed").asText().equals("ambulance")) {
                ambulance = feed;
            }
        }
        assertThat(ambulance).isNotNull();
        assertThat(ambulance.path("sender").asText()).isEqualTo("feed");
        assertThat(ambulance.path("rejected").asLong()).isPositive();
        assertThat(ambulance.path("rejectionsPerMinute").asDouble()).isPositive();
    }

    @Test
    void otherPathsAndContentTypesAreAnsweredNotRedirected() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("feed:demo".getBytes());

        HttpResponse<String> patient =
                http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/fhir/r4/Patient"))
                                .header("Authorization", auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> csv =
                http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/v1/feeds/capacity"))
                                .header("Authorization", auth)
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString("a,b"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(patient.statusCode()).isEqualTo(404);
        assertThat(patient.body()).contains("OperationOutcome");
        assertThat(csv.statusCode()).isEqualTo(415);
        assertThat(csv.body()).contains("application/x-ndjson");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private MvcResult postFeed(String feed, String type, String body) throws Exception {
        return mvc.perform(
                        post("/api/v1/feeds/" + feed)
                                .with(httpBasic("feed", "demo"))
                                .contentType(type)
                                .content(body))
                .andReturn();
    }

    private static ConsumerRecord<String, byte[]> deadLetterOf(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        return IngestTestConfig.deadLetters().stream()
                .filter(r -> Arrays.equals(r.value(), bytes))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no dead letter of " + raw));
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return Json.mapper().readTree(result.getResponse().getContentAsByteArray());
    }
}
