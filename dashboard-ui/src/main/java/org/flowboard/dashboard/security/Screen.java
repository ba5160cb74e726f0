package org.flowboard.dashboard.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The screens of FlowBoard and the roles that may open each: what a refused user is told they can
 * open instead. The views' own {@code @RolesAllowed} is what the server enforces; a test keeps the
 * two the same.
 */
public enum Screen {
    WALLBOARD("wallboard", "Control-room wallboard", Role.CONTROL, Role.MANAGER),
    HANDOVER("handover", "Handover board", Role.PARAMEDIC, Role.CONTROL, Role.MANAGER),
    FLOW("flow", "Flow drill-down", Role.MANAGER, Role.CONTROL),
    USERS("admin/users", "User administration", Role.ADMIN);

    private final String path;
    private final String title;
    private final Set<Role> roles;

    Screen(String path, String title, Role first, Role... more) {
        this.path = path;
        this.title = title;
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** The route, without a leading slash. */
    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The screens any of these roles may open, in menu order. */
    public static List<Screen> openTo(Set<Role> roles) {
        return Stream.of(values()).filter(s -> s.roles.stream().anyMatch(roles::contains)).toList();
    }
}
