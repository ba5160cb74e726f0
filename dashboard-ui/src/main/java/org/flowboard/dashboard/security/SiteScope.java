package org.flowboard.dashboard.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The sites a user may see. Carried as authorities ({@code SITE_RZZ01}, or {@code SITE_*} for the
 * whole ICS) so that every sign-in path (form, Basic, OpenID Connect) and every channel (views,
 * API, STOMP) reads it the same way. A user with no site authority sees no site: scope is granted,
 * never assumed.
 *
 * @param all every site, and the ICS totals
 * @param sites the ODS codes allowed when not {@code all}
 */
public record SiteScope(boolean all, Set<String> sites) {

    static final String PREFIX = "SITE_";
    static final String ALL = "*";

    public SiteScope {
        sites = Set.copyOf(sites);
    }

    public static SiteScope everything() {
        return new SiteScope(true, Set.of());
    }

    public static SiteScope only(Collection<String> sites) {
        return new SiteScope(false, Set.copyOf(sites));
    }

    public static SiteScope of(Authentication authentication) {
        return authentication == null ? only(Set.of()) : of(authentication.getAuthorities());
    }

    public static SiteScope of(Collection<? extends GrantedAuthority> authorities) {
        Set<String> sites = new TreeSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(PREFIX)) {
                String site = name.substring(PREFIX.length());
                if (ALL.equals(site)) {
                    return everything();
                }
                sites.add(site);
            }
        }
        return only(sites);
    }

    /** The authorities that carry this scope. */
    public Set<GrantedAuthority> authorities() {
        if (all) {
            return Set.of(new SimpleGrantedAuthority(PREFIX + ALL));
        }
        Set<GrantedAuthority> out = new java.util.LinkedHashSet<>();
        new TreeSet<>(sites).forEach(s -> out.add(new SimpleGrantedAuthority(PREFIX + s)));
        return out;
    }

    public boolean allows(String site) {
        return all || sites.contains(site);
    }

    /** ICS totals include every site's figures, so only a user who may see every site sees them. */
    public boolean allowsIcs() {
        return all;
    }

    /**
     * The section-6 snapshot document cut down to this scope: sites outside it are left out and,
     * for a limited user, the ICS totals are empty.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> filter(Map<String, Object> snapshot) {
        if (all) {
            return snapshot;
        }
        Map<String, Object> out = new LinkedHashMap<>(snapshot);
        Map<String, Object> sitesIn = (Map<String, Object>) snapshot.get("sites");
        Map<String, Object> kept = new LinkedHashMap<>();
        if (sitesIn != null) {
            sitesIn.forEach(
                    (code, figures) -> {
                        if (allows(code)) {
                            kept.put(code, figures);
                        }
                    });
        }
        out.put("ics", Map.of());
        out.put("sites", kept);
        return out;
    }

    /** For the admin view: "all sites" or the codes. */
    @Override
    public String toString() {
        return all ? "all sites" : String.join(", ", new TreeSet<>(sites));
    }
}
