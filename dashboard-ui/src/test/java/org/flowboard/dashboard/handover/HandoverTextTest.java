package org.flowboard.dashboard.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HandoverTextTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT_1400 = Instant.parse("2026-11-25T14:00:00Z");
    private static final Instant AT_1431 = Instant.parse("2026-11-25T14:31:00Z");
    private static final Instant AT_1446 = Instant.parse("2026-11-25T14:46:00Z");
    private static final Instant SUMMER_1400_UTC = Instant.parse("2026-07-01T14:00:00Z");

    @Test
    void minutesAndHours() {
        assertThat(HandoverText.minutes(47)).isEqualTo("47 min");
        assertThat(HandoverText.minutes(65)).isEqualTo("1 h 05 min");
        assertThat(HandoverText.meanMinutes(null)).isEqualTo("—");
        assertThat(HandoverText.meanMinutes(42.25)).isEqualTo("42.3 min");
        assertThat(HandoverText.hours(3.0)).isEqualTo("3.0 h");
    }

    @Test
    void timesAreLocal() {
        assertThat(HandoverText.time(SUMMER_1400_UTC, LONDON)).isEqualTo("15:00");
    }

    @Test
    void releaseSaysWhenFlaggedAndWhenPassed() {
        assertThat(HandoverText.release(CrewWait.of("NV1", "RZZ01", AT_1400, AT_1400), LONDON))
                .isEqualTo("Release to Rescue 14:45");
        assertThat(HandoverText.release(CrewWait.of("NV1", "RZZ01", AT_1400, AT_1431), LONDON))
                .isEqualTo("Release to Rescue 14:45 — FLAGGED (30 min+)");
        assertThat(HandoverText.release(CrewWait.of("NV1", "RZZ01", AT_1400, AT_1446), LONDON))
                .isEqualTo("Release to Rescue 14:45 — PASSED");
    }

    @Test
    void waitLevelsFollowReleaseToRescue() {
        assertThat(WaitLevel.of(0, 0)).isEqualTo(WaitLevel.NONE);
        assertThat(WaitLevel.of(2, 29)).isEqualTo(WaitLevel.WAITING);
        assertThat(WaitLevel.of(2, 30)).isEqualTo(WaitLevel.FLAGGED);
        assertThat(WaitLevel.of(1, 45)).isEqualTo(WaitLevel.RELEASE_DUE);
        assertThat(WaitLevel.RELEASE_DUE.cssClass()).isEqualTo("wait-release-due");
    }
}
