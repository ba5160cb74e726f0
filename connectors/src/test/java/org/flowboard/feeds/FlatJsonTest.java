package org.flowboard.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import java.util.Random;
import org.flowboard.events.Json;
import org.junit.jupiter.api.Test;

/** Whatever the fast reader accepts, Jackson (as the feed parser configures it) reads the same. */
class FlatJsonTest {

    private static final ObjectReader JACKSON =
            Json.mapper()
                    .readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final List<String> LINES =
            List.of(
                    "{\"kind\":\"ambulance.arrived\",\"incident\":\"inc-1\",\"callSign\":\"NV-1\","
                            + "\"site\":\"RZZ01\",\"time\":\"2025-12-25T15:49:02.196Z\"}",
                    "{\"kind\":\"readiness\",\"site\":\"RZC02\",\"visit\":\"v1\","
                            + "\"criteriaToReside\":false,\"pathway\":3,\"time\":\"2025-12-25T14:30:57Z\"}",
                    "{\"kind\":\"capacity\",\"site\":\"RZZ01\",\"ward\":\"NG-A1\",\"openCore\":26,"
                            + "\"openEscalation\":-4,\"time\":\"2026-03-02T08:15:00Z\",\"x\":null}",
                    " { \"a\" : true , \"b\":\t0 ,\"a\":\"again\"}\r\n",
                    "{}",
                    "{\"é ✓\":\"Zoë\"}");

    @Test
    void typicalLinesTakeTheFastPathAndEqualJacksonsTree() throws Exception {
        for (String line : LINES) {
            assertThat(FlatJson.parse(line)).as(line).isNotNull();
            assertThat((JsonNode) FlatJson.parse(line)).isEqualTo(JACKSON.readValue(line));
        }
    }

    @Test
    void whatItCannotReadGoesToJackson() {
        List<String> others =
                List.of(
                        "{\"a\":\"x\\\"y\"}",
                        "{\"a\":1.5}",
                        "{\"a\":1e3}",
                        "{\"a\":01}",
                        "{\"a\":-0}",
                        "{\"a\":1234567890}",
                        "{\"a\":[1]}",
                        "{\"a\":{}}",
                        "{\"a\":trueish}",
                        "{\"a\":1} {\"b\":2}",
                        "{\"a\":1,}",
                        "[{\"a\":1}]",
                        "{'a':1}",
                        "{\"a\":\"tab\there\"}",
                        "",
                        "{");
        for (String line : others) {
            assertThat(FlatJson.parse(line)).as(line).isNull();
        }
    }

    @Test
    void randomMutationsAreEitherLeftToJacksonOrReadAsJacksonReadsThem() {
        Random random = new Random(5);
        String alphabet = "{}[]\":,.-+eE0123456789 \t\\atrufsenl";
        int fast = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder line = new StringBuilder(LINES.get(random.nextInt(LINES.size())));
            for (int m = random.nextInt(3); m >= 0; m--) {
                int at = random.nextInt(line.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> line.insert(at, c);
                    case 1 -> {
                        if (at < line.length()) {
                            line.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < line.length()) {
                            line.setCharAt(at, c);
                        }
                    }
                }
            }
            String text = line.toString();
            JsonNode mine = FlatJson.parse(text);
            if (mine != null) {
                fast++;
                assertThatCode(() -> JACKSON.readValue(text)).as(text).doesNotThrowAnyException();
                try {
                    assertThat((JsonNode) JACKSON.readValue(text)).as(text).isEqualTo(mine);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertThat(fast).isGreaterThan(10_000);
    }
}
