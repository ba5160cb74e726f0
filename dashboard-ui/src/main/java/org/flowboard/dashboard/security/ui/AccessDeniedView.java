package org.flowboard.dashboard.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where a signed-in user with no FlowBoard role lands (e.g. an OpenID Connect token without a known
 * role): says so plainly instead of a blank screen or a sign-in loop.
 */
@Route("access-denied")
@PageTitle("No access · FlowBoard")
@PermitAll
@StyleSheet("context://styles/flowboard.css")
@StyleSheet("context://styles/security.css")
class AccessDeniedView extends Div {

    AccessDeniedView(AuthenticationContext authentication) {
        addClassName("refusal-view");
        add(Refusal.of(null, authentication));
    }
}
