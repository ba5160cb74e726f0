package org.flowboard.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.events.Json;
import org.flowboard.kafka.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** With the broker down, the HTTP feeds answer 503 and claim nothing accepted; then recover. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext
class IngestKafkaDownTest {

    private static final String CAPACITY =
            "{\"kind\":\"capacity\",\"site\":\"RZZ01\",\"ward\":\"NG-A1\",\"openCore\":24,"
                    + "\"openEscalation\":2,\"time\":\"2026-03-02T08:00:00Z\"}";
    private static final Path UKCORE =
            Path.of("..", "..", "shared", "fixtures", "fhir", "ukcore-encounter-inpatient.json");

    private static EmbeddedKafka broker;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IngestTestConfig.properties(registry);
        broker = EmbeddedKafka.start(Topics.ALL);
        registry.add("flowboard.kafka.bootstrap", broker::bootstrapServers);
        registry.add("flowboard.feeds.ack-timeout", () -> "2s");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Autowired MockMvc mvc;

    @Test
    void brokerDownIs503AndNothingClaimedAcceptedThenItRecovers() throws Exception {
        assertThat(capacity().getResponse().getStatus()).isEqualTo(200);

        broker.stop();
        try {
            MvcResult feed = capacity();
            MvcResult fhir = encounter();

            assertThat(feed.getResponse().getStatus()).isEqualTo(503);
            assertThat(json(feed).path("accepted").asInt()).isZero();
            assertThat(json(feed).has("lines")).isFalse();
            assertThat(fhir.getResponse().getStatus()).isEqualTo(503);
            assertThat(fhir.getResponse().getContentType()).startsWith("application/fhir+json");
            assertThat(json(fhir).at("/issue/0/code").asText()).isEqualTo("transient");
        } finally {
            broker.restart();
        }

        // The producers reconnect on their own; a sender simply resends.
        long deadline = System.nanoTime() + 60_000_000_000L;
        int status;
        do {
            status = capacity().getResponse().getStatus();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
        assertThat(encounter().getResponse().getStatus()).isEqualTo(201);
    }

    private MvcResult capacity() throws Exception {
        return mvc.perform(
                        post("/api/v1/feeds/capacity")
                                .with(httpBasic("feed", "demo"))
                                .contentType("application/x-ndjson")
                                .content(CAPACITY))
                .andReturn();
    }

    private MvcResult encounter() throws Exception {
        return mvc.perform(
                        post("/fhir/r4/Encounter")
                                .with(httpBasic("feed", "demo"))
                                .contentType("application/fhir+json")
                                .content(Files.readAllBytes(UKCORE)))
                .andReturn();
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return Json.mapper().readTree(result.getResponse().getContentAsByteArray());
    }
}
