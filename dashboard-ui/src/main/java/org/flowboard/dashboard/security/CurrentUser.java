package org.flowboard.dashboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The site scope of the request's user; no sites when nobody is signed in. */
    public static SiteScope scope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return SiteScope.of(authentication);
    }

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
