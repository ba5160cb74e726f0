package org.flowboard.dashboard.ingest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowboard.events.Json;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The machine endpoints ({@code /fhir/**}, {@code /api/v1/feeds/**}): their own chain, before the
 * dashboard's, so that sending systems get stateless HTTP Basic, a 401 with a body they can log
 * (JSON, or an OperationOutcome under {@code /fhir}) and never a login redirect. Posting takes role
 * FEED; the feed-health report is also open to the dashboard's users. No CSRF: no browser session
 * is ever used here.
 */
@Configuration(proxyBeanMethods = false)
class IngestSecurityConfig {

    static final String REALM = "FlowBoard feeds";

    @Bean
    @Order(0)
    SecurityFilterChain ingestChain(
            HttpSecurity http,
            FeedAccounts accounts,
            ObjectProvider<UserDetailsService> dashboardUsers)
            throws Exception {
        return http.securityMatcher("/fhir/**", "/api/v1/feeds/**")
                .authenticationManager(manager(accounts, dashboardUsers.getIfUnique()))
                .authorizeHttpRequests(
                        auth ->
                                auth.requestMatchers(HttpMethod.GET, "/api/v1/feeds/health")
                                        .authenticated()
                                        .anyRequest()
                                        .hasRole(FeedAccounts.ROLE))
                .httpBasic(
                        basic -> basic.authenticationEntryPoint(IngestSecurityConfig::unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(
                        e ->
                                e.authenticationEntryPoint(IngestSecurityConfig::unauthorized)
                                        .accessDeniedHandler(
                                                (request, response, denied) ->
                                                        refuse(
                                                                request,
                                                                response,
                                                                403,
                                                                "this account may not send feeds")))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Feed accounts first, then (for the health report) the dashboard's own users if any. */
    private static AuthenticationManager manager(
            FeedAccounts accounts, UserDetailsService dashboardUsers) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(provider(accounts.users()));
        if (dashboardUsers != null) {
            providers.add(provider(dashboardUsers));
        }
        ProviderManager manager = new ProviderManager(providers);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    private static DaoAuthenticationProvider provider(UserDetailsService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return provider;
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        refuse(request, response, 401, "HTTP Basic credentials of a feed account are required");
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String text)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/fhir/")) {
            response.setContentType(FhirController.FHIR_JSON.toString());
            IssueType type = status == 401 ? IssueType.LOGIN : IssueType.FORBIDDEN;
            response.getWriter()
                    .write(FhirIntake.encodeOutcome(FhirIntake.outcome(type, text, null)));
        } else {
            response.setContentType("application/json");
            response.getWriter().write(Json.mapper().writeValueAsString(Map.of("error", text)));
        }
    }
}
