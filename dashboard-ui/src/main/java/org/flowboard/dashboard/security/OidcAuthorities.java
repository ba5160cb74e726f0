package org.flowboard.dashboard.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns token claims into role and site authorities (pure, so it is tested without a provider). */
final class OidcAuthorities {

    private final OidcSettings settings;

    OidcAuthorities(OidcSettings settings) {
        this.settings = settings;
    }

    Set<GrantedAuthority> from(Map<String, Object> claims) {
        Set<GrantedAuthority> out = new LinkedHashSet<>();
        for (String value : values(claims.get(settings.rolesClaim()))) {
            String mapped = settings.roleMap().getOrDefault(value, value);
            for (Role role : Role.values()) {
                if (role.name().equals(mapped.toUpperCase(Locale.ROOT))) {
                    out.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
                }
            }
        }
        List<String> sites = values(claims.get(settings.sitesClaim()));
        if (sites.isEmpty()) {
            sites = settings.defaultSites();
        }
        if (sites.contains(SiteScope.ALL)) {
            out.addAll(SiteScope.everything().authorities());
        } else {
            out.addAll(SiteScope.only(sites).authorities());
        }
        return out;
    }

    private static List<String> values(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> out.add(String.valueOf(v).trim()));
        } else if (claim instanceof String s) {
            for (String part : s.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
