package org.flowboard.dashboard.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.flowboard.dashboard.DashboardTestConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SnapshotApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @Autowired MockMvc mvc;

    @Test
    void withoutCredentialsIs401NotARedirect() throws Exception {
        mvc.perform(get("/api/v1/snapshot"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void wrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/v1/snapshot").with(httpBasic("manager", "nope")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withBasicCredentialsReturnsEverySite() throws Exception {
        mvc.perform(get("/api/v1/snapshot").with(httpBasic("manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.asOf").isString())
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.ics").isMap())
                .andExpect(jsonPath("$.sites.length()").value(6))
                .andExpect(jsonPath("$.sites.RZZ01").isMap())
                .andExpect(jsonPath("$.sites.RZZ02").isMap())
                .andExpect(jsonPath("$.sites.RZZ03").isMap())
                .andExpect(jsonPath("$.sites.RZZ10").isMap())
                .andExpect(jsonPath("$.sites.VZZ21").isMap())
                .andExpect(jsonPath("$.sites.RZZAS").isMap());
    }

    @Test
    void pagesRedirectToTheLoginView() throws Exception {
        mvc.perform(get("/wallboard"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }
}
