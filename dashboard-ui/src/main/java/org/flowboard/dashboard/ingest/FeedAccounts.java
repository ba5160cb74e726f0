package org.flowboard.dashboard.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The systems allowed to post feeds (role {@code FEED}): configured accounts, plus the demo account
 * {@code feed}/{@code demo} when demo users are on. Each may have a default site for Encounters
 * without an ODS code.
 */
final class FeedAccounts {

    static final String ROLE = "FEED";
    static final String DEMO_NAME = "feed";
    static final String DEMO_PASSWORD = "demo";

    private final InMemoryUserDetailsManager users;
    private final Map<String, String> defaultSites;
    private final String fallbackSite;

    FeedAccounts(IngestProperties properties, boolean demo, PasswordEncoder encoder) {
        List<UserDetails> details = new ArrayList<>();
        Map<String, String> sites = new java.util.HashMap<>();
        properties
                .feeds()
                .accounts()
                .forEach(
                        (name, account) -> {
                            details.add(
                                    User.withUsername(name)
                                            .password(account.password())
                                            .roles(ROLE)
                                            .build());
                            if (!account.defaultSite().isBlank()) {
                                sites.put(name, account.defaultSite());
                            }
                        });
        if (demo && !properties.feeds().accounts().containsKey(DEMO_NAME)) {
            details.add(
                    User.withUsername(DEMO_NAME)
                            .password(encoder.encode(DEMO_PASSWORD))
                            .roles(ROLE)
                            .build());
        }
        this.users = new InMemoryUserDetailsManager(details);
        this.defaultSites = Map.copyOf(sites);
        this.fallbackSite = properties.fhir().defaultSite();
    }

    InMemoryUserDetailsManager users() {
        return users;
    }

    /** The site of a sender's Encounters that name none: its own default, else the global one. */
    Optional<String> defaultSite(String account) {
        String site = defaultSites.getOrDefault(account, fallbackSite);
        return site.isBlank() ? Optional.empty() : Optional.of(site);
    }
}
