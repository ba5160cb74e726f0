package org.flowboard.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.live.ui.Chromium;
import org.flowboard.dashboard.security.TestOidcProvider.IdpUser;
import org.flowboard.embedded.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real OpenID Connect provider, end to end, in a real headless Chromium: the
 * dashboard is configured as production would be (an issuer URI, discovery, no demo accounts, the
 * claim names and a role-code map as for NHS CIS2); each user signs in on the provider's own login
 * page, lands on the screen of their role, is refused elsewhere, sees only their sites, and signs
 * out of both the dashboard and the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OidcBrowserTest {

    private static final String REGISTRATION = "spring.security.oauth2.client.registration.cis2.";
    private static final String PROVIDER = "spring.security.oauth2.client.provider.cis2.";

    private static final String ROLES = "nhsid_nrbac_roles";
    private static final int PORT = FreePorts.next();
    // 127.0.0.1 here, localhost for the provider: see TestOidcProvider.
    private static final String DASHBOARD = "http://127.0.0.1:" + PORT;

    private static final TestOidcProvider IDP =
            TestOidcProvider.start(
                    FreePorts.next(),
                    DASHBOARD,
                    List.of(
                            new IdpUser("mgr", Map.of(ROLES, List.of("MANAGER"), "ods", "*")),
                            // As NHS CIS2 gives roles: objects with hierarchical codes, and
                            // the role selected at sign-in (here the crew role, not the other).
                            new IdpUser(
                                    "crew",
                                    Map.of(
                                            ROLES,
                                            List.of(
                                                    Map.of(
                                                            "person_roleid", "555000000001",
                                                            "org_code", "RZZ",
                                                            "role_code", "S8000:G8000:R8003"),
                                                    Map.of(
                                                            "person_roleid", "555000000002",
                                                            "org_code", "RZZ",
                                                            "role_code", "S8000:G8001:R8001")),
                                            "selected_roleid",
                                            "555000000002",
                                            "ods",
                                            "RZZ01")),
                            new IdpUser(
                                    "ctl",
                                    Map.of(
                                            ROLES,
                                            List.of("R8000"),
                                            "ods",
                                            List.of("RZZ02", "RZZ03"))),
                            new IdpUser(
                                    "clerk",
                                    Map.of(ROLES, List.of("R9999", "receptionist"), "ods", "*"))));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
        registry.add("flowboard.demo-users", () -> "false");
        registry.add("server.port", () -> PORT);
        registry.add(REGISTRATION + "client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add(REGISTRATION + "client-secret", () -> TestOidcProvider.CLIENT_SECRET);
        registry.add(REGISTRATION + "scope", () -> "openid");
        registry.add(REGISTRATION + "authorization-grant-type", () -> "authorization_code");
        registry.add(
                REGISTRATION + "redirect-uri",
                () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        // Discovery: endpoints and keys are read from the provider's metadata.
        registry.add(PROVIDER + "issuer-uri", IDP::issuer);
        registry.add("flowboard.security.oidc.roles-claim", () -> ROLES);
        registry.add("flowboard.security.oidc.role-field", () -> "role_code");
        registry.add("flowboard.security.oidc.selected-role-claim", () -> "selected_roleid");
        // R8003 would make the crew member a manager, were it the role they selected.
        registry.add("flowboard.security.oidc.role-map.R8003", () -> "MANAGER");
        registry.add("flowboard.security.oidc.sites-claim", () -> "ods");
        registry.add("flowboard.security.oidc.role-map.R8000", () -> "CONTROL");
        registry.add("flowboard.security.oidc.role-map.R8001", () -> "PARAMEDIC");
    }

    private Chromium browser;

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterAll
    static void stopProvider() {
        IDP.close();
    }

    @Test
    void aManagerSignsInAtTheProviderSeesEverythingAndSignsOutOfBoth() throws IOException {
        signIn("mgr");
        landsOn("/wallboard");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("card-RZZ01")));
        assertThat(browser.driver().findElement(By.id("card-QZZ")).isDisplayed()).isTrue();

        browser.open("/flow");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("crumb-ics")));
        browser.screenshot("oidc-manager-flow.png");

        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        // Signed out of the provider too (RP-initiated logout): the next visit asks for a
        // password again rather than slipping back in on the provider's session.
        browser.waiting().until(ExpectedConditions.urlToBe(IDP.issuer() + "/login"));
        browser.open("/wallboard");
        browser.waiting().until(ExpectedConditions.urlToBe(IDP.issuer() + "/login"));
        assertThat(browser.driver().findElements(By.id("username"))).hasSize(1);
    }

    @Test
    void aCrewMemberLandsOnTheHandoverBoardAndIsRefusedTheWallboard() throws IOException {
        signIn("crew");
        landsOn("/handover");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("callsign")));

        browser.open("/wallboard");
        assertThat(waitForText("refusal-asked"))
                .isEqualTo("/wallboard is not open to your role and sites.");
        assertThat(browser.idsOf("#refusal-links a")).containsExactly("open-handover");
        assertThat(browser.driver().findElements(By.id("card-RZZ01"))).isEmpty();
    }

    @Test
    void aControlRoomUserSeesOnlyTheSitesOfTheirToken() throws IOException {
        signIn("ctl");
        landsOn("/wallboard");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("card-RZZ02")));
        assertThat(browser.driver().findElements(By.id("card-RZZ03"))).hasSize(1);
        assertThat(browser.driver().findElements(By.id("card-RZZ01"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("card-QZZ")))
                .as("no ICS totals for a user limited to some sites")
                .allMatch(card -> !card.isDisplayed());
        browser.screenshot("oidc-scoped-wallboard.png");

        // The API, called with the same session, is cut to the same sites.
        Object sites =
                browser.script(
                        "const r = new XMLHttpRequest(); r.open('GET', '/api/v1/snapshot', false);"
                                + " r.send(); const s = JSON.parse(r.responseText);"
                                + " return Object.keys(s.sites).sort().join(',') + '|'"
                                + " + Object.keys(s.ics).length;");
        assertThat(sites).isEqualTo("RZZ02,RZZ03|0");

        browser.open("/flow?site=RZZ01");
        assertThat(waitForText("refusal-asked"))
                .isEqualTo("/flow?site=RZZ01 is not open to your role and sites.");
        assertThat(browser.driver().findElements(By.id("crumb-site"))).isEmpty();
    }

    @Test
    void aTokenWithoutAKnownRoleIsRefusedWithAPageThatSaysSo() throws IOException {
        signIn("clerk");
        landsOn("/access-denied");
        assertThat(waitForText("refusal-title")).isEqualTo("Your account has no FlowBoard role");
        assertThat(browser.textOf(By.id("refusal-who"))).contains("clerk", "roles: none");
        assertThat(browser.textOf(By.id("refusal-ask"))).contains("administrator");
        browser.screenshot("oidc-no-role.png");

        browser.open("/wallboard");
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("refusal-asked")));
        assertThat(browser.textOf(By.id("refusal-title")))
                .isEqualTo("Your account has no FlowBoard role");
        assertThat(browser.driver().findElements(By.id("card-RZZ01"))).isEmpty();
    }

    /** Opens the dashboard, follows it to the provider's login page and signs in there. */
    private void signIn(String user) throws IOException {
        browser = new Chromium(DASHBOARD, 1400, 1000);
        browser.open("/");
        browser.waiting().until(ExpectedConditions.urlToBe(IDP.issuer() + "/login"));
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("username")))
                .sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().startsWith(DASHBOARD));
    }

    /** Waits for the browser to show this path of the dashboard, whatever the query. */
    private void landsOn(String path) {
        browser.waiting()
                .until(
                        d ->
                                d.getCurrentUrl().startsWith(DASHBOARD)
                                        && URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    private String waitForText(String id) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return browser.textOf(By.id(id));
    }
}
