package org.flowboard.dashboard.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flowboard.dashboard.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Makes an admin's change to a user's roles, sites or enabled state apply at once to the screens
 * that user already has open, rather than from their next sign-in. Each screen reads the user's
 * scope when it is built, so the change is applied by replacing the login in the user's sessions
 * and reloading their screens: every open screen is rebuilt under the new roles and sites (or
 * refused), and the old ones are detached at once, which closes their push subscriptions. A
 * disabled user's sessions are ended and their screens go back to the sign-in page.
 *
 * <p>Only sign-ins of the demo user store (password) are affected; OpenID Connect users get their
 * roles from the provider's tokens. Sessions on other dashboard servers are not reached.
 */
@Component
class SignedInScreens implements VaadinServiceInitListener, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SignedInScreens.class);
    private static final String LOGIN =
            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final UserAccounts accounts;
    // Changes come from the admin's screen, which holds its own session lock: another
    // session's lock may only be taken from a thread of our own.
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "account-changes");
                        t.setDaemon(true);
                        return t;
                    });

    SignedInScreens(UserAccounts accounts) {
        this.accounts = accounts;
        accounts.onChange(username -> worker.execute(() -> apply(username)));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    /** Re-authorises or ends every session of this user on this server. */
    void apply(String username) {
        UserDetails user = find(username);
        boolean keep = user != null && user.isEnabled();
        int touched = 0;
        for (VaadinSession session : List.copyOf(sessions)) {
            WrappedSession http = session.getSession();
            Authentication signedIn;
            try {
                signedIn = http == null ? null : loginOf(http);
            } catch (IllegalStateException invalidated) {
                sessions.remove(session);
                continue;
            }
            if (!(signedIn instanceof UsernamePasswordAuthenticationToken)
                    || !username.equals(signedIn.getName())) {
                continue;
            }
            if (keep) {
                http.setAttribute(LOGIN, new SecurityContextImpl(authenticated(user)));
            }
            reloadScreens(session);
            if (!keep) {
                try {
                    http.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // Ended meanwhile: nothing left to end.
                }
            }
            touched++;
        }
        if (touched > 0) {
            LOG.info(
                    "account {} changed: {} session(s) {}",
                    username,
                    touched,
                    keep ? "re-authorised" : "ended");
        }
    }

    private UserDetails find(String username) {
        try {
            return accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }

    private static Authentication loginOf(WrappedSession http) {
        return http.getAttribute(LOGIN) instanceof SecurityContext context
                ? context.getAuthentication()
                : null;
    }

    private static Authentication authenticated(UserDetails user) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities());
        // As after a sign-in: the password hash does not stay in the session.
        token.eraseCredentials();
        return token;
    }

    /**
     * Tells each open screen of the session to reload (pushed as the lock is released), then
     * detaches it, so that it receives nothing more under the old login.
     */
    private static void reloadScreens(VaadinSession session) {
        List<UI> uis;
        session.lock();
        try {
            uis = new ArrayList<>(session.getUIs());
        } finally {
            session.unlock();
        }
        for (UI ui : uis) {
            try {
                ui.accessSynchronously(() -> ui.getPage().reload());
                ui.accessSynchronously(() -> session.removeUI(ui));
            } catch (UIDetachedException closed) {
                // Closed meanwhile: nothing to reload.
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
