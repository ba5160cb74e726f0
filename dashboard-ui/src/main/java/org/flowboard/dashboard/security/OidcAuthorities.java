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
        for (String value : roleValues(claims)) {
            String mapped = mapped(value);
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

    /**
     * The role map's entry for the value, else for one of its colon-separated parts (CIS2 role
     * codes read {@code S8000:G8000:R8000}, and the R code names the role), else the value.
     */
    private String mapped(String value) {
        Map<String, String> map = settings.roleMap();
        if (map.containsKey(value)) {
            return map.get(value);
        }
        for (String part : value.split(":")) {
            if (map.containsKey(part.trim())) {
                return map.get(part.trim());
            }
        }
        return value;
    }

    /** Role names or codes: strings as they are, objects through the role field. */
    private List<String> roleValues(Map<String, Object> claims) {
        Object claim = claims.get(settings.rolesClaim());
        if (!(claim instanceof Collection<?> list)) {
            return values(claim);
        }
        Object selected =
                settings.selectedRoleClaim().isEmpty()
                        ? null
                        : claims.get(settings.selectedRoleClaim());
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> role) {
                if (settings.roleField().isEmpty()
                        || (selected != null
                                && !String.valueOf(selected)
                                        .equals(String.valueOf(role.get("person_roleid"))))) {
                    continue;
                }
                Object code = role.get(settings.roleField());
                if (code != null) {
                    out.add(String.valueOf(code).trim());
                }
            } else if (item != null) {
                out.add(String.valueOf(item).trim());
            }
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
