package org.flowboard.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class SiteScopeTest {

    @Test
    void readsSitesFromAuthoritiesAndIgnoresRoles() {
        SiteScope scope =
                SiteScope.of(
                        List.of(
                                new SimpleGrantedAuthority("ROLE_MANAGER"),
                                new SimpleGrantedAuthority("SITE_RZZ01")));

        assertThat(scope.allows("RZZ01")).isTrue();
        assertThat(scope.allows("RZZ02")).isFalse();
        assertThat(scope.allowsIcs()).isFalse();
    }

    @Test
    void theWildcardMeansEverySiteAndTheIcs() {
        SiteScope scope = SiteScope.of(List.of(new SimpleGrantedAuthority("SITE_*")));

        assertThat(scope.allows("ANY")).isTrue();
        assertThat(scope.allowsIcs()).isTrue();
    }

    @Test
    void noSiteAuthorityMeansNoSite() {
        SiteScope scope = SiteScope.of(List.of(new SimpleGrantedAuthority("ROLE_CONTROL")));

        assertThat(scope.allows("RZZ01")).isFalse();
        assertThat(scope.allowsIcs()).isFalse();
    }

    @Test
    void authoritiesRoundTrip() {
        SiteScope scope = SiteScope.only(Set.of("RZZ02", "RZZ01"));

        assertThat(SiteScope.of(scope.authorities())).isEqualTo(scope);
        assertThat(SiteScope.of(SiteScope.everything().authorities()))
                .isEqualTo(SiteScope.everything());
    }

    @Test
    void filterKeepsOnlyTheSitesInScopeAndHidesIcsTotals() {
        Map<String, Object> sites = new LinkedHashMap<>();
        sites.put("RZZ01", Map.of("openBeds", 200));
        sites.put("RZZ02", Map.of("openBeds", 270));
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("asOf", "2026-11-25T14:00:00Z");
        snapshot.put("ics", Map.of("openBeds", 470));
        snapshot.put("sites", sites);
        snapshot.put("rejected", 0);

        Map<String, Object> filtered = SiteScope.only(Set.of("RZZ01")).filter(snapshot);

        assertThat(((Map<?, ?>) filtered.get("sites")).keySet().toString()).isEqualTo("[RZZ01]");
        assertThat((Map<?, ?>) filtered.get("ics")).isEmpty();
        assertThat(filtered.get("asOf")).isEqualTo("2026-11-25T14:00:00Z");
        assertThat(SiteScope.everything().filter(snapshot)).isSameAs(snapshot);
    }
}
