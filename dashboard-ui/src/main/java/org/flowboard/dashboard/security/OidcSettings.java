package org.flowboard.dashboard.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowboard.security.oidc.*}: how the claims of an OpenID Connect token become FlowBoard
 * roles and site scope. The provider itself is Spring's {@code
 * spring.security.oauth2.client.registration.*}; sign-in through it is on only when a registration
 * is configured.
 *
 * @param rolesClaim the claim holding role names (a list or a space/comma separated string)
 * @param sitesClaim the claim holding ODS site codes, or {@code *} for every site
 * @param roleMap claim value to FlowBoard role name, for providers whose roles are codes (e.g. NHS
 *     CIS2 RBAC codes); values already named as a role map to themselves
 * @param defaultSites the scope of a user whose token has no sites claim (empty: no site)
 * @param roleField when the roles claim is a list of objects (NHS CIS2's {@code
 *     nhsid_nrbac_roles}), the field of each object holding the role code (CIS2: {@code
 *     role_code}); empty: objects are ignored
 * @param selectedRoleClaim the claim naming the role the user selected at sign-in (CIS2: {@code
 *     selected_roleid}); when present in the token, only the role object whose {@code
 *     person_roleid} it names counts. Empty: every role counts
 */
@ConfigurationProperties("flowboard.security.oidc")
public record OidcSettings(
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("sites") String sitesClaim,
        @DefaultValue Map<String, String> roleMap,
        @DefaultValue List<String> defaultSites,
        @DefaultValue("") String roleField,
        @DefaultValue("") String selectedRoleClaim) {}
