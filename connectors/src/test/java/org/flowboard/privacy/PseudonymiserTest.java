package org.flowboard.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private static final byte[] KEY = "a-demo-key-of-32-bytes-length!!!".getBytes();

    @Test
    void theKeyIsStableHexOf128BitsForTheSameKeySiteAndVisit() {
        String key = new Pseudonymiser(KEY).encounterKey("RZZ01", "V0001");

        assertThat(key).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(new Pseudonymiser(KEY).encounterKey("RZZ01", "V0001")).isEqualTo(key);
        assertThat(
                        Pseudonymiser.fromBase64(Base64.getEncoder().encodeToString(KEY))
                                .encounterKey("RZZ01", "V0001"))
                .isEqualTo(key);
        assertThat(
                        Pseudonymiser.fromBase64(Base64.getUrlEncoder().encodeToString(KEY))
                                .encounterKey("RZZ01", "V0001"))
                .isEqualTo(key);
    }

    @Test
    void siteVisitAndKeyEachChangeTheResult() {
        Pseudonymiser p = new Pseudonymiser(KEY);
        String key = p.encounterKey("RZZ01", "V0001");

        assertThat(p.encounterKey("RZZ02", "V0001")).isNotEqualTo(key);
        assertThat(p.encounterKey("RZZ01", "V0002")).isNotEqualTo(key);
        // The separator keeps "RZZ0|11" and "RZZ01|1" apart.
        assertThat(p.encounterKey("RZZ0", "1V0001")).isNotEqualTo(key);
        assertThat(Pseudonymiser.generate().encounterKey("RZZ01", "V0001")).isNotEqualTo(key);
    }

    @Test
    void theKeyNeverShowsTheVisitNumberOrTheSecret() {
        Pseudonymiser p = new Pseudonymiser(KEY);

        assertThat(p.encounterKey("RZZ01", "40007716")).doesNotContain("40007716");
        assertThat(p.toString()).doesNotContain("demo-key");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new Pseudonymiser(new byte[8]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 bytes");
    }
}
