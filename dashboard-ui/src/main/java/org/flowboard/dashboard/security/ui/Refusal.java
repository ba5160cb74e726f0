package org.flowboard.dashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowboard.dashboard.security.CurrentUser;
import org.flowboard.dashboard.security.Role;
import org.flowboard.dashboard.security.Screen;
import org.flowboard.dashboard.security.SiteScope;

/**
 * What a refused user reads: who they are signed in as, with which roles and sites, and links to
 * the screens those roles can open (or, with no role at all, whom to ask). Says nothing about the
 * page asked for beyond its address, so a refusal never tells what lies behind it.
 */
final class Refusal {

    private Refusal() {}

    /**
     * @param asked the address the user asked for, or null when they were sent here after sign-in
     */
    static Div of(String asked, AuthenticationContext authentication) {
        Set<Role> roles = CurrentUser.roles();
        SiteScope scope = CurrentUser.scope();
        List<Screen> open = Screen.openTo(roles);

        Div page = new Div();
        page.addClassName("refusal");
        page.setId("access-denied");
        H1 title =
                new H1(
                        roles.isEmpty()
                                ? "Your account has no FlowBoard role"
                                : "This page is not open to you");
        title.setId("refusal-title");
        page.add(title);
        if (asked != null && !asked.isBlank()) {
            Paragraph what = new Paragraph("/" + asked + " is not open to your role and sites.");
            what.setId("refusal-asked");
            page.add(what);
        }
        Paragraph who =
                new Paragraph(
                        "Signed in as "
                                + CurrentUser.name()
                                + " · roles: "
                                + (roles.isEmpty()
                                        ? "none"
                                        : roles.stream()
                                                .map(Role::name)
                                                .collect(Collectors.joining(", ")))
                                + " · sites: "
                                + (scope.all() || !scope.sites().isEmpty()
                                        ? scope.toString()
                                        : "none"));
        who.setId("refusal-who");
        who.addClassName("refusal-who");
        page.add(who);

        if (open.isEmpty()) {
            Paragraph ask =
                    new Paragraph(
                            "Ask your FlowBoard administrator for one of the roles CONTROL,"
                                    + " PARAMEDIC, MANAGER or ADMIN (with NHS Care Identity"
                                    + " Service 2, through your Registration Authority).");
            ask.setId("refusal-ask");
            page.add(ask);
        } else {
            page.add(new Paragraph(open.size() == 1 ? "Your role can open:" : "Your roles open:"));
            UnorderedList links = new UnorderedList();
            links.setId("refusal-links");
            links.addClassName("refusal-links");
            for (Screen screen : open) {
                Anchor link = new Anchor(screen.path(), screen.title());
                link.setId("open-" + screen.name().toLowerCase(java.util.Locale.ROOT));
                links.add(new ListItem(link));
            }
            page.add(links);
        }
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        page.add(signOut);
        return page;
    }
}
