package org.flowboard.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flowboard.deadletter.DeadLetter;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The FHIR R4 endpoint over the real filter chain and a real broker, with every Encounter of the
 * shared fixtures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class FhirEndpointTest {

    private static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures", "fhir");
    private static final String FHIR_JSON = "application/fhir+json";

    /** What each fixture gets from the demo feed account (default site RZZ01). */
    private static final Map<String, Integer> EXPECTED =
            Map.ofEntries(
                    Map.entry("encounter-example-emerg.json", 201),
                    Map.entry("encounter-example-f001-heart.json", 201),
                    Map.entry("encounter-example-f002-lung.json", 201),
                    Map.entry("encounter-example-f003-abscess.json", 201),
                    Map.entry("encounter-example-f201-20130404.json", 201),
                    Map.entry("encounter-example-f202-20130128.json", 201),
                    Map.entry("encounter-example-f203-20130311.json", 422),
                    Map.entry("encounter-example-home.json", 201),
                    Map.entry("encounter-example-xcda.json", 201),
                    Map.entry("encounter-example.json", 201),
                    Map.entry("ukcore-encounter-inpatient.json", 201));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IngestTestConfig.properties(registry);
    }

    @Autowired MockMvc mvc;

    @Test
    void everyFixtureEncounterIsAcceptedOrRefusedWithTheElementAtFault() throws Exception {
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, String> refusals = new TreeMap<>();
        for (Path file : encounterFixtures()) {
            MvcResult result = postEncounter(Files.readAllBytes(file));
            String name = file.getFileName().toString();
            statuses.put(name, result.getResponse().getStatus());
            assertThat(result.getResponse().getContentType()).startsWith(FHIR_JSON);
            JsonNode body = json(result);
            if (result.getResponse().getStatus() == 201) {
                assertThat(body.path("resourceType").asText()).isEqualTo("Encounter");
                assertThat(result.getResponse().getHeader("Location"))
                        .contains("/fhir/r4/Encounter/" + body.path("id").asText());
            } else {
                assertThat(body.path("resourceType").asText()).isEqualTo("OperationOutcome");
                refusals.put(name, body.at("/issue/0/expression/0").asText());
            }
        }
        assertThat(statuses).isEqualTo(EXPECTED);
        // An inpatient stay must say in which ward: f203 has no location at all.
        assertThat(refusals)
                .containsExactlyEntriesOf(
                        Map.of("encounter-example-f203-20130311.json", "Encounter.location"));
    }

    @Test
    void anAcceptedInpatientEncounterReachesKafkaAsPseudonymisedEvents() throws Exception {
        int before = IngestTestConfig.events().size();
        byte[] ukcore = Files.readAllBytes(FIXTURES.resolve("ukcore-encounter-inpatient.json"));

        MvcResult result = postEncounter(ukcore);

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        List<FlowEvent> written = IngestTestConfig.events();
        List<FlowEvent> added = written.subList(before, written.size());
        assertThat(added)
                .extracting(FlowEvent::kind)
                .containsExactlyInAnyOrder(EventKind.ADMIT, EventKind.DISCHARGE);
        assertThat(added).allSatisfy(e -> assertThat(e.site()).isEqualTo("RZZ01"));
        String visit = Json.mapper().readTree(ukcore).at("/identifier/0/value").asText();
        assertThat(Json.mapper().writeValueAsString(added)).doesNotContain(visit);
    }

    @Test
    void unparseableJsonIs400WithAnOperationOutcomeAndIsDeadLettered() throws Exception {
        byte[] raw = "{\"resourceType\":\"Encounter\",".getBytes();

        MvcResult result = postEncounter(raw);

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(result).path("resourceType").asText()).isEqualTo("OperationOutcome");
        ConsumerRecord<String, byte[]> letter = deadLetterOf(raw);
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_SENDER)).isEqualTo("feed");
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_CONNECTOR))
                .isEqualTo("fhir-r4");
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_REASON))
                .startsWith("not a FHIR JSON resource");
    }

    @Test
    void aLocationPostedAsAnEncounterIs400() throws Exception {
        MvcResult result =
                postEncounter(Files.readAllBytes(FIXTURES.resolve("location-example.json")));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(result).at("/issue/0/diagnostics").asText())
                .isEqualTo("resourceType must be Encounter, not Location");
    }

    @Test
    void aRefusedEncounterIsDeadLetteredWithItsRawBytesAndReason() throws Exception {
        byte[] f203 = Files.readAllBytes(FIXTURES.resolve("encounter-example-f203-20130311.json"));

        assertThat(postEncounter(f203).getResponse().getStatus()).isEqualTo(422);

        ConsumerRecord<String, byte[]> letter = deadLetterOf(f203);
        assertThat(IngestTestConfig.header(letter, DeadLetter.HEADER_REASON))
                .startsWith("Encounter.location:");
    }

    @Test
    void aTransactionWithOneUnusableEntryWritesNothing() throws Exception {
        int before = IngestTestConfig.events().size();
        String bundle =
                bundle(
                        "transaction",
                        "encounter-example-emerg.json",
                        "encounter-example-f203-20130311.json");

        MvcResult result = postBundle(bundle);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(result).at("/issue/0/expression/0").asText())
                .isEqualTo("Bundle.entry[1].resource.location");
        assertThat(IngestTestConfig.events()).hasSize(before);
    }

    @Test
    void aTransactionOfUsableEncountersIsAnsweredEntryByEntry() throws Exception {
        int before = IngestTestConfig.events().size();
        String bundle =
                bundle(
                        "transaction",
                        "encounter-example-emerg.json",
                        "encounter-example-home.json");

        MvcResult result = postBundle(bundle);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(body.path("type").asText()).isEqualTo("transaction-response");
        assertThat(body.at("/entry/0/response/status").asText()).isEqualTo("201 Created");
        assertThat(body.at("/entry/1/response/status").asText()).isEqualTo("201 Created");
        assertThat(IngestTestConfig.events().size()).isGreaterThan(before);
    }

    @Test
    void aBatchIsAnsweredPerEntry() throws Exception {
        String bundle =
                bundle(
                        "batch",
                        "encounter-example-emerg.json",
                        "encounter-example-f203-20130311.json",
                        "location-example.json");

        MvcResult result = postBundle(bundle);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(body.path("type").asText()).isEqualTo("batch-response");
        assertThat(body.at("/entry/0/response/status").asText()).isEqualTo("201 Created");
        assertThat(body.at("/entry/1/response/status").asText())
                .isEqualTo("422 Unprocessable Entity");
        assertThat(body.at("/entry/1/response/outcome/issue/0/expression/0").asText())
                .isEqualTo("Encounter.location");
        assertThat(body.at("/entry/2/response/status").asText()).isEqualTo("400 Bad Request");
    }

    @Test
    void aBundleOfAnotherTypeIs400() throws Exception {
        MvcResult result =
                postBundle(
                        new String(
                                Files.readAllBytes(
                                        FIXTURES.resolve("location-examples-general.json"))));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(result).at("/issue/0/diagnostics").asText())
                .startsWith("Bundle.type must be transaction or batch");
    }

    @Test
    void withoutCredentialsIs401WithAnOperationOutcomeNotARedirect() throws Exception {
        MvcResult result =
                mvc.perform(post("/fhir/r4/Encounter").contentType(FHIR_JSON).content("{}"))
                        .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeader("Location")).isNull();
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(json(result).path("resourceType").asText()).isEqualTo("OperationOutcome");
    }

    @Test
    void aDashboardUserMayNotPostEncounters() throws Exception {
        MvcResult result =
                mvc.perform(
                                post("/fhir/r4/Encounter")
                                        .with(httpBasic("manager", "demo"))
                                        .contentType(FHIR_JSON)
                                        .content("{}"))
                        .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        MvcResult result = postEncounter(new byte[70_000]);

        assertThat(result.getResponse().getStatus()).isEqualTo(413);
    }

    private MvcResult postEncounter(byte[] body) throws Exception {
        return mvc.perform(
                        post("/fhir/r4/Encounter")
                                .with(httpBasic("feed", "demo"))
                                .contentType(FHIR_JSON)
                                .content(body))
                .andReturn();
    }

    private MvcResult postBundle(String body) throws Exception {
        return mvc.perform(
                        post("/fhir/r4")
                                .with(httpBasic("feed", "demo"))
                                .contentType(FHIR_JSON)
                                .content(body))
                .andReturn();
    }

    private static String bundle(String type, String... fixtures) throws IOException {
        ObjectNode bundle = Json.mapper().createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", type);
        ArrayNode entries = bundle.putArray("entry");
        for (String fixture : fixtures) {
            ObjectNode entry = entries.addObject();
            entry.set("resource", Json.mapper().readTree(FIXTURES.resolve(fixture).toFile()));
            entry.putObject("request").put("method", "POST").put("url", "Encounter");
        }
        return Json.mapper().writeValueAsString(bundle);
    }

    private static ConsumerRecord<String, byte[]> deadLetterOf(byte[] raw) {
        return IngestTestConfig.deadLetters().stream()
                .filter(r -> java.util.Arrays.equals(r.value(), raw))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no dead letter with these bytes"));
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return Json.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<Path> encounterFixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.getFileName().toString().contains("encounter"))
                    .sorted()
                    .toList();
        }
    }
}
