package org.flowboard.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class OidcAuthoritiesTest {

    private static List<String> names(java.util.Collection<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }

    @Test
    void rolesAndSitesFromConfiguredClaims() {
        OidcAuthorities mapping =
                new OidcAuthorities(new OidcSettings("groups", "ods", Map.of(), List.of(), "", ""));

        assertThat(
                        names(
                                mapping.from(
                                        Map.of(
                                                "groups",
                                                List.of("manager", "unknown"),
                                                "ods",
                                                "RZZ01 RZZ02"))))
                .containsExactly("ROLE_MANAGER", "SITE_RZZ01", "SITE_RZZ02");
    }

    @Test
    void roleCodesAreMappedAndMissingSitesFallBackToTheDefault() {
        OidcAuthorities mapping =
                new OidcAuthorities(
                        new OidcSettings(
                                "nhsid_nrbac_roles",
                                "sites",
                                Map.of("R8000", "CONTROL"),
                                List.of("*"),
                                "",
                                ""));

        assertThat(names(mapping.from(Map.of("nhsid_nrbac_roles", List.of("R8000")))))
                .containsExactly("ROLE_CONTROL", "SITE_*");
    }

    @Test
    void noClaimsGiveNoRoleAndNoSite() {
        OidcAuthorities mapping =
                new OidcAuthorities(
                        new OidcSettings("roles", "sites", Map.of(), List.of(), "", ""));

        assertThat(mapping.from(Map.of())).isEmpty();
    }

    /** NHS CIS2's shape: role objects with hierarchical codes, and the role selected at sign-in. */
    @Test
    void cis2RoleObjectsCountOnlyForTheSelectedRole() {
        OidcAuthorities mapping =
                new OidcAuthorities(
                        new OidcSettings(
                                "nhsid_nrbac_roles",
                                "sites",
                                Map.of("R8000", "MANAGER", "R8001", "PARAMEDIC"),
                                List.of("RZZ01"),
                                "role_code",
                                "selected_roleid"));
        List<Map<String, Object>> roles =
                List.of(
                        Map.of(
                                "person_roleid", "555021935107",
                                "org_code", "RZZ",
                                "role_code", "S8000:G8000:R8000"),
                        Map.of(
                                "person_roleid", "555021935108",
                                "org_code", "RZZ",
                                "role_code", "S8000:G8001:R8001"));

        assertThat(
                        names(
                                mapping.from(
                                        Map.of(
                                                "nhsid_nrbac_roles",
                                                roles,
                                                "selected_roleid",
                                                "555021935108"))))
                .containsExactly("ROLE_PARAMEDIC", "SITE_RZZ01");
        // No role selected: every role object counts.
        assertThat(names(mapping.from(Map.of("nhsid_nrbac_roles", roles))))
                .containsExactly("ROLE_MANAGER", "ROLE_PARAMEDIC", "SITE_RZZ01");
    }

    @Test
    void roleObjectsAreIgnoredWithoutARoleField() {
        OidcAuthorities mapping =
                new OidcAuthorities(
                        new OidcSettings("roles", "sites", Map.of(), List.of(), "", ""));

        assertThat(mapping.from(Map.of("roles", List.of(Map.of("role_code", "MANAGER")))))
                .isEmpty();
    }
}
