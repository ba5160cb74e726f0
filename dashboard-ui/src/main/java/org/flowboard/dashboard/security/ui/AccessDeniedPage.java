package org.flowboard.dashboard.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Every refusal of a signed-in user, in place of Vaadin's plain "could not navigate": a view their
 * role may not open, or a place outside their sites. Answers 403 and offers the screens the user's
 * roles can open. (A user who is not signed in is sent to sign in instead, by Vaadin's navigation
 * access control, before any refusal.)
 */
@AnonymousAllowed
@PageTitle("Not for your role · FlowBoard")
@StyleSheet("context://styles/flowboard.css")
@StyleSheet("context://styles/security.css")
class AccessDeniedPage extends Div implements HasErrorParameter<AccessDeniedException> {

    private final AuthenticationContext authentication;

    AccessDeniedPage(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("refusal-view");
    }

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(Refusal.of(event.getLocation().getPathWithQueryParameters(), authentication));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
