package org.flowboard.dashboard.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.flowboard.dashboard.FlowboardProperties;

/** The sign-in page; in demo mode it names the demo accounts. */
@Route("login")
@PageTitle("Sign in · FlowBoard")
@AnonymousAllowed
@StyleSheet("context://styles/flowboard.css")
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView(FlowboardProperties properties) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("FlowBoard"), form);
        if (properties.demoUsersEnabled()) {
            Paragraph demo =
                    new Paragraph(
                            "Demo accounts: control, paramedic, manager, admin, northgate (RZZ01 only)"
                                    + " — password demo");
            demo.setId("demo-accounts");
            demo.addClassName("login-demo");
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(
                event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
