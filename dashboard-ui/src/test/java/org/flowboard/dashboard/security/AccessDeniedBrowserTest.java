package org.flowboard.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.live.ui.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each role, in a real headless Chromium, asks for a screen it may not open and gets FlowBoard's
 * own refusal page: what it asked for, who it is, and links to the screens its role can open, one
 * of which is followed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessDeniedBrowserTest {

    /** An administrator with no other role (the demo "admin" is also a manager). */
    private static final String ADMIN_ONLY = "refusal-admin";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;

    private Chromium browser;

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParamedicAskingForTheWallboardIsOfferedTheHandoverBoard() throws IOException {
        refused("paramedic", "/wallboard", "open-handover");
        assertThat(browser.textOf(By.id("refusal-who")))
                .isEqualTo("Signed in as paramedic · roles: PARAMEDIC · sites: all sites");
        assertThat(browser.driver().findElements(By.id("card-RZZ01"))).isEmpty();
        browser.screenshot("refused-paramedic.png");

        browser.driver().findElement(By.id("open-handover")).click();
        browser.waiting().until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/handover"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("callsign")));
    }

    @Test
    void theControlRoomAskingForUserAdministrationIsOfferedItsThreeScreens() throws IOException {
        refused("control", "/admin/users", "open-wallboard", "open-handover", "open-flow");
        assertThat(browser.driver().findElements(By.id("users-grid"))).isEmpty();
    }

    @Test
    void aManagerAskingForUserAdministrationIsOfferedItsThreeScreens() throws IOException {
        refused("manager", "/admin/users", "open-wallboard", "open-handover", "open-flow");
        assertThat(browser.driver().findElements(By.id("users-grid"))).isEmpty();
    }

    @Test
    void anAdministratorAskingForTheFlowViewIsOfferedUserAdministration() throws IOException {
        accounts.create(
                new Account(ADMIN_ONLY, Set.of(Role.ADMIN), SiteScope.everything()),
                SecurityConfig.PASSWORD);
        refused(ADMIN_ONLY, "/flow", "open-users");
        assertThat(browser.driver().findElements(By.id("crumb-ics"))).isEmpty();

        browser.driver().findElement(By.id("open-users")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("users-grid")));
    }

    @Test
    void aUserAskingForASiteOutsideTheirScopeIsToldTheirSites() throws IOException {
        refused("northgate", "/flow?site=RZZ03", "open-wallboard", "open-handover", "open-flow");
        assertThat(browser.textOf(By.id("refusal-who"))).endsWith("sites: RZZ01");
    }

    /** Signs in, asks for {@code path}, and checks the refusal page and the links it offers. */
    private void refused(String user, String path, String... links) throws IOException {
        browser = new Chromium("http://localhost:" + port, 1280, 900);
        browser.logInAs(user);
        browser.open(path);
        browser.waiting()
                .until(
                        ExpectedConditions.textToBe(
                                By.id("refusal-asked"),
                                path + " is not open to your role and sites."));
        assertThat(browser.textOf(By.id("refusal-title")))
                .isEqualTo("This page is not open to you");
        assertThat(browser.idsOf("#refusal-links a")).containsExactly(links);
        assertThat(browser.driver().getTitle()).isEqualTo("Not for your role · FlowBoard");
    }
}
