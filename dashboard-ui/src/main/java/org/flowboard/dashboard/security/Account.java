package org.flowboard.dashboard.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user of the demo user store, as the admin view shows it (no password).
 *
 * @param username sign-in name
 * @param roles what the user may open
 * @param scope which sites the user sees
 * @param enabled false: the user cannot sign in, and is signed out at once when disabled
 */
public record Account(String username, Set<Role> roles, SiteScope scope, boolean enabled) {

    public Account {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An enabled account. */
    public Account(String username, Set<Role> roles, SiteScope scope) {
        this(username, roles, scope, true);
    }
}
