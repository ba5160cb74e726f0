package org.flowboard.dashboard.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests (Spring Authorization Server, in this JVM, on its
 * own port): discovery, a login page, authorization code flow, signed ID tokens carrying whatever
 * claims each user is given, and RP-initiated logout. It runs in its own small application context,
 * so it shares nothing with the dashboard under test but the JVM.
 *
 * <p>The provider is reached as {@code localhost} and the dashboard as {@code 127.0.0.1}: browsers
 * keep cookies per host name (not per port), so the two sessions never overwrite each other.
 */
final class TestOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "flowboard";
    static final String CLIENT_SECRET = "flowboard-secret";
    static final String PASSWORD = "idp-password";

    /** A user of the provider and the extra claims of their ID token. */
    record IdpUser(String username, Map<String, Object> claims) {}

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private TestOidcProvider(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /**
     * Starts the provider on {@code port} with one client whose redirect and post-logout URIs are
     * those of a dashboard at {@code dashboardBaseUrl}.
     */
    static TestOidcProvider start(int port, String dashboardBaseUrl, List<IdpUser> users) {
        String issuer = "http://localhost:" + port;
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Provider.class)
                        .web(WebApplicationType.SERVLET)
                        .initializers(
                                c ->
                                        c.getBeanFactory()
                                                .registerSingleton(
                                                        "providerSetup",
                                                        new Setup(issuer, dashboardBaseUrl, users)))
                        // Command-line arguments outrank the dashboard's application.properties,
                        // which is on the same class path; a config name of its own skips it.
                        .run(
                                "--spring.config.name=test-oidc-provider",
                                "--server.port=" + port,
                                "--server.servlet.session.cookie.name=IDPSESSION",
                                "--spring.main.banner-mode=off");
        return new TestOidcProvider(context, issuer);
    }

    String issuer() {
        return issuer;
    }

    @Override
    public void close() {
        context.close();
    }

    record Setup(String issuer, String dashboardBaseUrl, List<IdpUser> users) {}

    /**
     * The provider's beans. Deliberately not a {@code @Configuration}: the dashboard's component
     * scan covers this package and must never pick it up.
     */
    @EnableWebSecurity
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server =
                    OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                    .exceptionHandling(
                            e ->
                                    e.defaultAuthenticationEntryPointFor(
                                            new LoginUrlAuthenticationEntryPoint("/login"),
                                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** Everything else: the provider's own (Spring Security default) login page. */
        @Bean
        @Order(2)
        SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /**
         * The dashboard, started later in the same JVM, installs Vaadin's own strategy as the
         * global {@link SecurityContextHolder} strategy. Spring Security's filters keep the
         * strategy they were built with, while some authorization server code reads the global one;
         * following the global one on every call keeps both on the same context.
         */
        @Bean
        SecurityContextHolderStrategy followTheGlobalStrategy() {
            return new SecurityContextHolderStrategy() {
                private SecurityContextHolderStrategy global() {
                    return SecurityContextHolder.getContextHolderStrategy();
                }

                @Override
                public void clearContext() {
                    global().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return global().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return global().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    global().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    global().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return global().createEmptyContext();
                }
            };
        }

        @Bean
        UserDetailsService users(Setup setup) {
            InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
            for (IdpUser user : setup.users()) {
                users.createUser(
                        User.withUsername(user.username())
                                .password("{noop}" + PASSWORD)
                                .roles("IDP_USER")
                                .build());
            }
            return users;
        }

        @Bean
        RegisteredClientRepository clients(Setup setup) {
            RegisteredClient dashboard =
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(
                                    ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                            .redirectUri(setup.dashboardBaseUrl() + "/login/oauth2/code/cis2")
                            .postLogoutRedirectUri(setup.dashboardBaseUrl())
                            .scope(OidcScopes.OPENID)
                            .clientSettings(
                                    ClientSettings.builder()
                                            .requireAuthorizationConsent(false)
                                            .build())
                            .build();
            return new InMemoryRegisteredClientRepository(dashboard);
        }

        /** The claims each user is given go into their ID token, as a real provider's would. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(Setup setup) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                String name = context.getPrincipal().getName();
                setup.users().stream()
                        .filter(u -> u.username().equals(name))
                        .findFirst()
                        .ifPresent(u -> u.claims().forEach(context.getClaims()::claim));
            };
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key =
                    new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                            .privateKey((RSAPrivateKey) pair.getPrivate())
                            .keyID(UUID.randomUUID().toString())
                            .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings(Setup setup) {
            return AuthorizationServerSettings.builder().issuer(setup.issuer()).build();
        }
    }
}
