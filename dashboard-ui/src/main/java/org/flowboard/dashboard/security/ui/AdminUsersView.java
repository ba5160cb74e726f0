package org.flowboard.dashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flowboard.dashboard.security.Account;
import org.flowboard.dashboard.security.Role;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.dashboard.security.UserAccounts;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;

/**
 * User administration of the demo user store: roles, site scope, password reset. With an identity
 * provider, roles and sites come from its tokens and this list is empty.
 */
@Route("admin/users")
@PageTitle("Users · FlowBoard")
@RolesAllowed("ADMIN")
@StyleSheet("context://styles/flow.css")
class AdminUsersView extends Div {

    private final UserAccounts accounts;
    private final Grid<Account> grid = new Grid<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final Checkbox allSites = new Checkbox("All sites (and ICS totals)");
    private final CheckboxGroup<String> sites = new CheckboxGroup<>("Sites");
    private final Checkbox enabled = new Checkbox("May sign in");
    private final PasswordField password = new PasswordField("New password");
    private final Div editor = new Div();
    private Account editing;

    AdminUsersView(UserAccounts accounts, Ics ics) {
        this.accounts = accounts;
        addClassName("flow");
        grid.setId("users-grid");
        grid.addColumn(Account::username).setHeader("User").setKey("username");
        grid.addColumn(
                        a ->
                                a.roles().stream()
                                        .map(Role::name)
                                        .sorted()
                                        .collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setKey("roles");
        grid.addColumn(a -> a.scope().toString()).setHeader("Sites").setKey("sites");
        grid.addColumn(a -> a.enabled() ? "" : "disabled").setHeader("Status").setKey("status");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        roles.setItems(Role.values());
        sites.setItems(ics.sites().stream().map(Site::code).toList());
        sites.setItemLabelGenerator(code -> code + " " + ics.site(code).map(Site::name).orElse(""));
        allSites.addValueChangeListener(e -> sites.setEnabled(!e.getValue()));
        enabled.setId("user-enabled");
        roles.setId("user-roles");
        sites.setId("user-sites");
        allSites.setId("user-all-sites");
        Button save = new Button("Save roles and sites", e -> save());
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button("Reset password", e -> resetPassword());
        reset.setId("reset-password");
        editor.add(new H2(), roles, allSites, sites, enabled, save, password, reset);
        editor.addClassName("admin-editor");
        editor.setVisible(false);

        Paragraph note =
                new Paragraph(
                        "Changes apply at once: the user's open screens reload with the new roles"
                                + " and sites, and a user who may no longer sign in is signed out."
                                + " Demo store: kept in this server's memory only.");
        add(new H1("Users"), note, grid, editor);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private void edit(Account account) {
        editing = account;
        editor.setVisible(account != null);
        if (account == null) {
            return;
        }
        ((H2) editor.getComponentAt(0)).setText(account.username());
        roles.setValue(account.roles());
        allSites.setValue(account.scope().all());
        sites.setValue(new TreeSet<>(account.scope().sites()));
        enabled.setValue(account.enabled());
        password.clear();
    }

    private void save() {
        Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
        SiteScope scope =
                allSites.getValue() ? SiteScope.everything() : SiteScope.only(sites.getValue());
        accounts.update(editing.username(), chosen, scope, enabled.getValue());
        Notification.show("Saved " + editing.username());
        refresh();
    }

    private void resetPassword() {
        try {
            accounts.resetPassword(editing.username(), password.getValue());
            password.clear();
            Notification.show("Password reset for " + editing.username());
        } catch (IllegalArgumentException e) {
            password.setInvalid(true);
            password.setErrorMessage(e.getMessage());
        }
    }
}
