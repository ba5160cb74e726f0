package org.flowboard.dashboard.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user of the demo user store, as the admin view shows it (no password).
 *
 * @param username sign-in name
 * @param roles what the user may open
 * @param scope which sites the user sees
 */
public record Account(String username, Set<Role> roles, SiteScope scope) {

    public Account {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}
