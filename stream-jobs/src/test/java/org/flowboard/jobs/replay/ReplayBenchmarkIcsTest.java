package org.flowboard.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.junit.jupiter.api.Test;

class ReplayBenchmarkIcsTest {

    @Test
    void theLargeIcsCopiesEverySiteAndKeepsTheOpelTableOnce() throws Exception {
        Ics demo = IcsLoader.demo();

        Ics large = IcsLoader.parse(new StringReader(ReplayBenchmark.largeIcs(3)), "large");

        assertThat(large.sites()).hasSize(3 * demo.sites().size());
        assertThat(large.site("RZB01")).isPresent();
        assertThat(large.escalation()).isEqualTo(demo.escalation());
    }
}
