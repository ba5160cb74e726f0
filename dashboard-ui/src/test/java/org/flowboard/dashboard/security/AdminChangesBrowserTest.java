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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An admin's change reaches a user who is already looking at a screen, in two real headless
 * Chromiums: the admin removes a site and the user's open wallboard no longer shows it, without the
 * user doing anything; the admin disables the user and their screen goes to the sign-in page, where
 * their password no longer works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminChangesBrowserTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;

    private Chromium user;
    private Chromium admin;

    @AfterEach
    void closeBrowsers() throws IOException {
        for (Chromium browser : new Chromium[] {user, admin}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void aSiteRemovedByTheAdminDisappearsFromTheUsersOpenWallboard() throws IOException {
        String name = "changes-sites";
        accounts.create(
                new Account(name, Set.of(Role.CONTROL), SiteScope.only(Set.of("RZZ01", "RZZ02"))),
                SecurityConfig.PASSWORD);
        user = openWallboard(name);
        user.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("card-RZZ02")));
        // A reload would lose this mark: its absence later shows the screen was rebuilt.
        user.script("window.fbBeforeChange = true;");

        admin = editAsAdmin(name);
        siteBox("RZZ02").click();
        admin.driver().findElement(By.id("save-user")).click();

        user.waiting()
                .until(
                        d ->
                                d.findElements(By.id("card-RZZ02")).isEmpty()
                                        && !d.findElements(By.id("card-RZZ01")).isEmpty());
        assertThat(user.script("return window.fbBeforeChange === true;")).isEqualTo(false);
        assertThat(path(user)).as("still signed in, re-authorised").isEqualTo("/wallboard");
        assertThat(SiteScope.of(accounts.loadUserByUsername(name).getAuthorities()))
                .isEqualTo(SiteScope.only(Set.of("RZZ01")));
        user.screenshot("admin-change-user.png");
    }

    @Test
    void aUserDisabledByTheAdminIsSignedOutOfTheirOpenScreen() throws IOException {
        String name = "changes-disabled";
        accounts.create(
                new Account(name, Set.of(Role.CONTROL, Role.MANAGER), SiteScope.everything()),
                SecurityConfig.PASSWORD);
        user = openWallboard(name);

        admin = editAsAdmin(name);
        admin.driver().findElement(By.id("user-enabled")).click();
        admin.driver().findElement(By.id("save-user")).click();

        user.waiting().until(d -> "/login".equals(path(user)));
        assertThat(user.driver().findElements(By.id("card-RZZ01"))).isEmpty();

        // And the password no longer signs in.
        user.waiting()
                .until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("input[name=username]")))
                .sendKeys(name);
        user.driver().findElement(By.cssSelector("input[name=password]")).sendKeys("demo");
        user.driver().findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        user.waiting().until(ExpectedConditions.urlContains("/login?error"));
    }

    private Chromium openWallboard(String name) throws IOException {
        Chromium browser = new Chromium("http://localhost:" + port, 1400, 1000);
        browser.logInAs(name);
        browser.open("/wallboard");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("card-RZZ01")));
        return browser;
    }

    /** The admin's browser on /admin/users with the user's row selected. */
    private Chromium editAsAdmin(String name) throws IOException {
        Chromium browser = new Chromium("http://localhost:" + port, 1400, 1400);
        browser.logInAs("admin");
        browser.open("/admin/users");
        browser.waiting()
                .until(
                        d ->
                                d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                                        .filter(c -> name.equals(c.getText()))
                                        .findFirst()
                                        .orElse(null))
                .click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("save-user")));
        return browser;
    }

    private WebElement siteBox(String code) {
        return admin.waiting()
                .until(
                        d ->
                                d
                                        .findElements(By.cssSelector("#user-sites vaadin-checkbox"))
                                        .stream()
                                        .filter(c -> c.getText().startsWith(code))
                                        .findFirst()
                                        .orElse(null));
    }

    private static String path(Chromium browser) {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }
}
