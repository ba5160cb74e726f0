package org.flowboard.dashboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in: server push for live figures, Lumo in its dark variant (control
 * rooms are dim). Lumo is part of Vaadin's prebuilt production bundle, so no frontend build runs.
 */
@Push
@Theme(themeClass = Lumo.class, variant = Lumo.DARK)
class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.setPageTitle("FlowBoard");
    }
}
