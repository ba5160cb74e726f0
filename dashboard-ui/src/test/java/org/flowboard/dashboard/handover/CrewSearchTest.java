package org.flowboard.dashboard.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.dashboard.handover.SiteHandoverTest.AT_1340;
import static org.flowboard.dashboard.handover.SiteHandoverTest.AT_1355;
import static org.flowboard.dashboard.handover.SiteHandoverTest.AT_1417;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding a vehicle by call sign across every ED. */
class CrewSearchTest {

    private final List<SiteHandover> sites =
            List.of(
                    SiteHandover.from(
                            "RZZ01",
                            SiteHandoverTest.fields(
                                    40.0, Map.of("NV12", AT_1355, "NV123", AT_1340))),
                    SiteHandover.from(
                            "RZZ02", SiteHandoverTest.fields(40.0, Map.of("NW7", AT_1355))));

    @Test
    void exactCallSignFirstThenThoseStartingWithIt() {
        List<CrewWait> found = CrewSearch.find("nv 12", sites, AT_1417);

        assertThat(found).extracting(CrewWait::callSign).containsExactly("NV12", "NV123");
        CrewWait mine = found.get(0);
        assertThat(mine.site()).isEqualTo("RZZ01");
        assertThat(mine.waitMinutes()).isEqualTo(22);
    }

    @Test
    void aCrewWaitingElsewhereIsFoundThere() {
        assertThat(CrewSearch.find("NW7", sites, AT_1417))
                .singleElement()
                .satisfies(c -> assertThat(c.site()).isEqualTo("RZZ02"));
    }

    @Test
    void nothingForBlankOrUnknown() {
        assertThat(CrewSearch.find("  ", sites, AT_1417)).isEmpty();
        assertThat(CrewSearch.find("XX1", sites, AT_1417)).isEmpty();
    }
}
