package org.flowboard.dashboard.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.flowboard.dashboard.DashboardTestConfig;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With an OpenID Connect registration configured (explicit endpoints, so nothing is fetched at
 * start-up), screens sign in through the provider instead of the login view; the API still answers
 * 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OidcSignInTest {

    private static final String REGISTRATION = "spring.security.oauth2.client.registration.cis2.";
    private static final String PROVIDER = "spring.security.oauth2.client.provider.cis2.";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
        registry.add("flowboard.demo-users", () -> "false");
        registry.add(REGISTRATION + "client-id", () -> "flowboard");
        registry.add(REGISTRATION + "client-secret", () -> "secret");
        registry.add(REGISTRATION + "scope", () -> "openid");
        registry.add(REGISTRATION + "authorization-grant-type", () -> "authorization_code");
        registry.add(
                REGISTRATION + "redirect-uri",
                () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(PROVIDER + "authorization-uri", () -> "https://idp.invalid/authorize");
        registry.add(PROVIDER + "token-uri", () -> "https://idp.invalid/token");
        registry.add(PROVIDER + "jwk-set-uri", () -> "https://idp.invalid/jwks");
        registry.add(PROVIDER + "user-name-attribute", () -> "sub");
    }

    @Autowired MockMvc mvc;

    @Test
    void screensRedirectToTheProvider() throws Exception {
        mvc.perform(get("/flow").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        header().string(
                                        "Location",
                                        Matchers.endsWith("/oauth2/authorization/cis2")));
        mvc.perform(get("/oauth2/authorization/cis2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        header().string(
                                        "Location",
                                        Matchers.startsWith("https://idp.invalid/authorize")));
    }

    @Test
    void theApiStillAnswers401() throws Exception {
        mvc.perform(get("/api/v1/snapshot")).andExpect(status().isUnauthorized());
    }
}
