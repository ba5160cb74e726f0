package org.flowboard.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import org.flowboard.ics.IcsLoader;
import org.junit.jupiter.api.Test;

/** The pseudonymisation key outside embedded mode, without Spring. */
class IngestConnectorsTest {

    @Test
    void outsideEmbeddedModeTheConnectorsRefuseToStartWithoutAKey() {
        IngestConnectors connectors = new IngestConnectors(IcsLoader.demo(), properties(""), false);

        Throwable failure = catchThrowable(() -> connectors.start("127.0.0.1:1"));

        assertThat(failure)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("flowboard.pseudonymisation.key is required");
        assertThat(connectors.mllpPort()).isEmpty();
        assertThat(connectors.fhirOutlet()).isEmpty();
    }

    @Test
    void aKeyTooShortToBeSafeIsRefused() {
        IngestConnectors connectors =
                new IngestConnectors(IcsLoader.demo(), properties("c2hvcnQ="), false);

        assertThat(catchThrowable(() -> connectors.start("127.0.0.1:1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 bytes");
    }

    private static IngestProperties properties(String key) {
        return new IngestProperties(
                new IngestProperties.Mllp(false, 0, Map.of()),
                new IngestProperties.Pseudonymisation(key),
                new IngestProperties.Fhir(""),
                new IngestProperties.Feeds(1 << 20, Duration.ofSeconds(1), Map.of()));
    }
}
