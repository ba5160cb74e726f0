package org.flowboard.dashboard.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.flowboard.dashboard.FlowboardProperties;
import org.flowboard.dashboard.security.ui.LoginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Every page, API call and push subscription needs a sign-in. Screens sign in through the Vaadin
 * login view (demo accounts) or, when {@code spring.security.oauth2.client.registration.*} is
 * configured, through that OpenID Connect provider. The API and the STOMP handshake also take HTTP
 * Basic and answer 401 rather than redirecting. Roles come from {@code @RolesAllowed} on each view;
 * site scope ({@link SiteScope}) is enforced by each view, the API and the STOMP interceptor.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(OidcSettings.class)
class SecurityConfig extends VaadinWebSecurity {

    static final String PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final OidcSettings oidc;

    SecurityConfig(ObjectProvider<ClientRegistrationRepository> registrations, OidcSettings oidc) {
        this.registrations = registrations;
        this.oidc = oidc;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // A browser that logged in on a screen may call the API with its session too,
                // but the API itself never starts one.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(
                        e ->
                                e.authenticationEntryPoint(
                                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // Read-only GETs with Basic credentials: no CSRF token to protect.
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The STOMP handshake: a screen's session or Basic credentials. Cross-site use of a session is
     * stopped by the endpoint's same-origin check, not by CSRF tokens (a WebSocket upgrade is a
     * GET).
     */
    @Bean
    @Order(2)
    SecurityFilterChain stomp(HttpSecurity http) throws Exception {
        return http.securityMatcher("/ws/**", "/ws")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(
                        e ->
                                e.authenticationEntryPoint(
                                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        super.configure(http);
        ClientRegistration provider = oidcProvider();
        if (provider != null) {
            OidcAuthorities mapping = new OidcAuthorities(oidc);
            http.oauth2Login(
                    o -> o.userInfoEndpoint(u -> u.userAuthoritiesMapper(mapper(mapping))));
            setOAuth2LoginPage(http, "/oauth2/authorization/" + provider.getRegistrationId());
            LOG.info("sign-in through OpenID Connect ({})", provider.getRegistrationId());
        } else {
            setLoginView(http, LoginView.class);
        }
    }

    private ClientRegistration oidcProvider() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            Iterator<?> it = all.iterator();
            if (it.hasNext() && it.next() instanceof ClientRegistration first) {
                return first;
            }
        }
        return null;
    }

    /** Claims of the ID token (and user info) become role and site authorities. */
    private static GrantedAuthoritiesMapper mapper(OidcAuthorities mapping) {
        return authorities -> {
            Set<GrantedAuthority> out = new HashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority user) {
                    // One set of claims: a provider may put the roles in user info and the
                    // selected role in the ID token (NHS CIS2 does).
                    Map<String, Object> claims = new HashMap<>(user.getIdToken().getClaims());
                    if (user.getUserInfo() != null) {
                        claims.putAll(user.getUserInfo().getClaims());
                    }
                    out.addAll(mapping.from(claims));
                } else if (authority instanceof OAuth2UserAuthority user) {
                    out.addAll(mapping.from(user.getAttributes()));
                }
            }
            return out;
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The demo accounts exist only when enabled (by default in embedded mode); otherwise nobody can
     * sign in with a password, rather than with Spring's generated user.
     */
    @Bean
    UserAccounts users(FlowboardProperties properties, PasswordEncoder encoder) {
        UserAccounts accounts = new UserAccounts(encoder);
        if (!properties.demoUsersEnabled()) {
            LOG.warn("no demo users (flowboard.demo-users=false): sign in through OpenID Connect");
            return accounts;
        }
        SiteScope all = SiteScope.everything();
        accounts.create(new Account("control", Set.of(Role.CONTROL), all), PASSWORD);
        accounts.create(new Account("paramedic", Set.of(Role.PARAMEDIC), all), PASSWORD);
        accounts.create(new Account("manager", Set.of(Role.MANAGER), all), PASSWORD);
        accounts.create(new Account("admin", Set.of(Role.ADMIN, Role.MANAGER), all), PASSWORD);
        // A site-limited account, to show (and test) that scope is enforced.
        accounts.create(
                new Account(
                        "northgate",
                        Set.of(Role.MANAGER, Role.CONTROL),
                        SiteScope.only(Set.of("RZZ01"))),
                PASSWORD);
        return accounts;
    }
}
