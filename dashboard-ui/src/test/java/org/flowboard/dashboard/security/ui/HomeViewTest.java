package org.flowboard.dashboard.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HomeViewTest {

    @Test
    void eachRoleLandsOnTheScreenItIsFor() {
        assertThat(HomeView.landingFor(Set.of("ROLE_CONTROL", "SITE_*"))).isEqualTo("wallboard");
        assertThat(HomeView.landingFor(Set.of("ROLE_MANAGER"))).isEqualTo("wallboard");
        assertThat(HomeView.landingFor(Set.of("ROLE_PARAMEDIC", "SITE_*"))).isEqualTo("handover");
        assertThat(HomeView.landingFor(Set.of("ROLE_ADMIN"))).isEqualTo("admin/users");
        assertThat(HomeView.landingFor(Set.of())).isEqualTo("access-denied");
    }
}
