package org.flowboard.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScreenTest {

    /** The view class behind each screen: what the server enforces. */
    private static final Map<Screen, String> VIEWS =
            Map.of(
                    Screen.WALLBOARD, "org.flowboard.dashboard.wallboard.ui.WallboardView",
                    Screen.HANDOVER, "org.flowboard.dashboard.handover.ui.HandoverView",
                    Screen.FLOW, "org.flowboard.dashboard.flow.ui.FlowView",
                    Screen.USERS, "org.flowboard.dashboard.security.ui.AdminUsersView");

    @Test
    void eachScreenNamesTheRouteAndRolesItsViewEnforces() throws ClassNotFoundException {
        assertThat(VIEWS.keySet()).containsExactlyInAnyOrder(Screen.values());
        for (Screen screen : Screen.values()) {
            Class<?> view = Class.forName(VIEWS.get(screen));
            assertThat(view.getAnnotation(Route.class).value()).isEqualTo(screen.path());
            Set<Role> enforced =
                    Arrays.stream(view.getAnnotation(RolesAllowed.class).value())
                            .map(Role::valueOf)
                            .collect(Collectors.toSet());
            assertThat(screen.roles()).as(screen.name()).isEqualTo(enforced);
        }
    }

    @Test
    void eachRoleIsOfferedTheScreensItMayOpen() {
        assertThat(Screen.openTo(Set.of(Role.PARAMEDIC))).containsExactly(Screen.HANDOVER);
        assertThat(Screen.openTo(Set.of(Role.CONTROL)))
                .containsExactly(Screen.WALLBOARD, Screen.HANDOVER, Screen.FLOW);
        assertThat(Screen.openTo(Set.of(Role.ADMIN))).containsExactly(Screen.USERS);
        assertThat(Screen.openTo(Set.of(Role.ADMIN, Role.MANAGER))).hasSize(4);
        assertThat(Screen.openTo(Set.of())).isEmpty();
    }
}
