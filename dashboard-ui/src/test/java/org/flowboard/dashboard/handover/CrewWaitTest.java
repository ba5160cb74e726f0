package org.flowboard.dashboard.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Release to Rescue: flagged from 30 minutes, released at arrival + 45 minutes. */
class CrewWaitTest {

    private static final Instant AT_1400 = Instant.parse("2026-11-25T14:00:00Z");
    private static final Instant AT_1429_59 = Instant.parse("2026-11-25T14:29:59Z");
    private static final Instant AT_1430 = Instant.parse("2026-11-25T14:30:00Z");
    private static final Instant AT_1445 = Instant.parse("2026-11-25T14:45:00Z");
    private static final Instant AT_1452 = Instant.parse("2026-11-25T14:52:00Z");

    @Test
    void underThirtyMinutesIsNotFlagged() {
        CrewWait crew = CrewWait.of("NV123", "RZZ01", AT_1400, AT_1429_59);

        assertThat(crew.waitMinutes()).isEqualTo(29);
        assertThat(crew.flagged()).isFalse();
        assertThat(crew.releaseAt()).isEqualTo(AT_1445);
        assertThat(crew.pastRelease()).isFalse();
    }

    @Test
    void flaggedFromThirtyMinutes() {
        CrewWait crew = CrewWait.of("NV123", "RZZ01", AT_1400, AT_1430);

        assertThat(crew.waitMinutes()).isEqualTo(30);
        assertThat(crew.flagged()).isTrue();
        assertThat(crew.pastRelease()).isFalse();
    }

    @Test
    void pastReleaseFromFortyFiveMinutes() {
        assertThat(CrewWait.of("NV123", "RZZ01", AT_1400, AT_1445).pastRelease()).isTrue();
        assertThat(CrewWait.of("NV123", "RZZ01", AT_1400, AT_1452).waitMinutes()).isEqualTo(52);
    }

    @Test
    void anArrivalAfterNowCountsAsNoWait() {
        // The ambulance clock can run a little ahead of ours.
        CrewWait crew = CrewWait.of("NV123", "RZZ01", AT_1430, AT_1400);

        assertThat(crew.waitMinutes()).isZero();
        assertThat(crew.flagged()).isFalse();
    }
}
