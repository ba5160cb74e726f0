package org.flowboard.dashboard.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo account {@code northgate} is limited to RZZ01: the API shows it nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ScopedSnapshotApiTest {

    private static final long AT_1400 = Instant.parse("2026-11-25T14:00:00Z").toEpochMilli();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @Autowired MockMvc mvc;
    @Autowired MetricsStore store;

    @BeforeEach
    void figures() {
        store.write(
                new MetricsUpdate("site", "RZZ01", "occupancy", AT_1400, Map.of("openBeds", 200)));
    }

    @Test
    void aUserLimitedToOneSiteSeesOnlyThatSiteAndNoIcsTotals() throws Exception {
        mvc.perform(get("/api/v1/snapshot").with(httpBasic("northgate", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sites.length()").value(1))
                .andExpect(jsonPath("$.sites.RZZ01").isMap())
                .andExpect(jsonPath("$.sites.RZZ02").doesNotExist())
                .andExpect(jsonPath("$.ics").isEmpty());
    }

    @Test
    void aSiteOutsideTheUsersScopeIs403() throws Exception {
        mvc.perform(get("/api/v1/snapshot/sites/RZZ02").with(httpBasic("northgate", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/snapshot/sites/RZZ01").with(httpBasic("northgate", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void aManagerOfEverySiteGetsAnySiteAndUnknownSitesAre404() throws Exception {
        mvc.perform(get("/api/v1/snapshot/sites/RZZ02").with(httpBasic("manager", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/snapshot/sites/NOPE").with(httpBasic("manager", "demo")))
                .andExpect(status().isNotFound());
    }
}
