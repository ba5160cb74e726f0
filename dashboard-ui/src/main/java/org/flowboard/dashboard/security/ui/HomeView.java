package org.flowboard.dashboard.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Where a user lands after signing in: the screen their role is for, never a refusal. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(landingFor(roles()));
    }

    static String landingFor(Set<String> roles) {
        if (roles.contains("ROLE_CONTROL") || roles.contains("ROLE_MANAGER")) {
            return "wallboard";
        }
        if (roles.contains("ROLE_PARAMEDIC")) {
            return "handover";
        }
        // Signed in (this view needs it) but no FlowBoard role, e.g. a token without a known
        // role: a page that says so, not the sign-in page again.
        return roles.contains("ROLE_ADMIN") ? "admin/users" : "access-denied";
    }

    private static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
    }
}
