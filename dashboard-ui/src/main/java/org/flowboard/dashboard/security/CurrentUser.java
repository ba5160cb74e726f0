package org.flowboard.dashboard.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The site scope of the request's user; no sites when nobody is signed in. */
    public static SiteScope scope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return SiteScope.of(authentication);
    }

    /** The FlowBoard roles of the request's user; none when nobody is signed in. */
    public static Set<Role> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Set.of() : roles(authentication);
    }

    /** The roles carried as {@code ROLE_x} authorities; other authorities are ignored. */
    public static Set<Role> roles(Authentication authentication) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
                    out.add(role);
                }
            }
        }
        return out;
    }

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
