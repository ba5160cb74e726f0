package org.flowboard.dashboard.stomp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private static final Ics ICS = IcsLoader.demo();
    private static final SiteScope NORTHGATE = SiteScope.only(Set.of("RZZ01"));

    @Test
    void aLimitedUserMaySubscribeOnlyToItsSites() {
        assertThat(Topics.allowed("/topic/site.RZZ01", NORTHGATE, ICS)).isTrue();
        assertThat(Topics.allowed("/topic/site.RZZ02", NORTHGATE, ICS)).isFalse();
        assertThat(Topics.allowed("/topic/ics", NORTHGATE, ICS)).isFalse();
    }

    @Test
    void unknownTopicsAndSitesAreRefusedEvenForEveryone() {
        SiteScope all = SiteScope.everything();
        assertThat(Topics.allowed("/topic/ics", all, ICS)).isTrue();
        assertThat(Topics.allowed("/topic/site.NOPE", all, ICS)).isFalse();
        assertThat(Topics.allowed("/topic/other", all, ICS)).isFalse();
        assertThat(Topics.allowed(null, all, ICS)).isFalse();
    }

    @Test
    void anUpdateGoesToItsScopesTopic() {
        assertThat(Topics.of(new MetricsUpdate("site", "RZZ03", "occupancy", 1, Map.of())))
                .isEqualTo("/topic/site.RZZ03");
        assertThat(Topics.of(new MetricsUpdate("ics", "QZZ", "occupancy", 1, Map.of())))
                .isEqualTo("/topic/ics");
    }
}
