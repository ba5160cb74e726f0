package org.flowboard.dashboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.flowboard.events.Json;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo in embedded mode goes through the connectors like a hospital: the simulator's ADT
 * arrives over MLLP, its ambulance feed over HTTP, and the figures they make reach the snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DemoHospitalTest {

    @LocalServerPort int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flowboard.embedded", () -> "true");
        registry.add("flowboard.mllp.port", () -> "0");
        registry.add("flowboard.simulator.mode", () -> "client");
        // An hour a minute, so that ambulances arrive within the test.
        registry.add("flowboard.simulator.speed", () -> "60");
    }

    @Test
    void theSimulatorsAdtComesInOverMllpItsFeedsOverHttpAndTheFiguresFollow() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode health = null;
        JsonNode snapshot = null;
        while (System.nanoTime() < deadline) {
            health = get("/api/v1/feeds/health");
            snapshot = get("/api/v1/snapshot");
            if (mllpAccepted(health) > 0
                    && httpAccepted(health, "ambulance") > 0
                    && snapshot.at("/sites/RZZ01/occupiedBeds").asInt() > 0) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(mllpAccepted(health)).as("ADT accepted over MLLP: %s", health).isPositive();
        assertThat(httpAccepted(health, "ambulance"))
                .as("ambulance lines over HTTP: %s", health)
                .isPositive();
        assertThat(snapshot.at("/sites/RZZ01/occupiedBeds").asInt())
                .as("%s", snapshot)
                .isPositive();
    }

    private static long mllpAccepted(JsonNode health) {
        long accepted = 0;
        for (JsonNode sender : health.at("/mllp/senders")) {
            if (sender.path("sender").asText().startsWith("FLOWSIM")) {
                accepted += sender.path("accepted").asLong();
            }
        }
        return accepted;
    }

    private static long httpAccepted(JsonNode health, String feed) {
        long accepted = 0;
        for (JsonNode entry : health.path("http")) {
            if (entry.toString().contains("\"" + feed + "\"")) {
                accepted += entry.path("accepted").asLong();
            }
        }
        return accepted;
    }

    private JsonNode get(String path) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "manager:demo"
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .build();
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body());
    }
}
