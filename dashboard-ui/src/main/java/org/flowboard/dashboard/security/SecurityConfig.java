package org.flowboard.dashboard.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.flowboard.dashboard.FlowboardProperties;
import org.flowboard.dashboard.security.ui.LoginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Every page and API call needs a login. Screens log in through the Vaadin login view; the API also
 * takes HTTP Basic, answers 401 rather than redirecting, and never creates a session. An identity
 * provider (OIDC) can replace the demo users later.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig extends VaadinWebSecurity {

    static final String PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

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

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The demo accounts exist only when enabled (by default in embedded mode); otherwise nobody can
     * log in until an identity provider is configured, rather than Spring's generated user.
     */
    @Bean
    UserDetailsService users(FlowboardProperties properties, PasswordEncoder encoder) {
        if (!properties.demoUsersEnabled()) {
            LOG.warn("no demo users (flowboard.demo-users=false): no one can log in");
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(
                user("control", Role.CONTROL, encoder),
                user("paramedic", Role.PARAMEDIC, encoder),
                user("manager", Role.MANAGER, encoder));
    }

    private static UserDetails user(String name, Role role, PasswordEncoder encoder) {
        return User.withUsername(name)
                .password(encoder.encode(PASSWORD))
                .roles(role.name())
                .build();
    }
}
