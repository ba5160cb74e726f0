package org.flowboard.dashboard.stomp;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowboard.dashboard.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * The push API's open connections by user. A subscription is authorised once, when it is made, so
 * when an admin changes a user's roles, sites or sign-in, that user's connections on this server
 * are closed: a client connects again and is authorised afresh, under the new access or not at all.
 */
@Component
class OpenConnections {

    static final CloseStatus ACCESS_CHANGED =
            CloseStatus.POLICY_VIOLATION.withReason("your access changed: connect again");

    private static final Logger LOG = LoggerFactory.getLogger(OpenConnections.class);

    private final Map<String, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();

    OpenConnections(UserAccounts accounts) {
        accounts.onChange(this::closeAllOf);
    }

    WebSocketHandler tracking(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                String user = userOf(session);
                if (user != null) {
                    byUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(session);
                }
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status)
                    throws Exception {
                String user = userOf(session);
                if (user != null) {
                    byUser.computeIfPresent(
                            user,
                            (u, sessions) -> {
                                sessions.remove(session);
                                return sessions.isEmpty() ? null : sessions;
                            });
                }
                super.afterConnectionClosed(session, status);
            }
        };
    }

    void closeAllOf(String username) {
        Set<WebSocketSession> sessions = byUser.getOrDefault(username, Set.of());
        for (WebSocketSession session : Set.copyOf(sessions)) {
            try {
                session.close(ACCESS_CHANGED);
            } catch (IOException e) {
                LOG.warn("could not close a push connection of {}: {}", username, e.toString());
            }
        }
        if (!sessions.isEmpty()) {
            LOG.info(
                    "closed {} push connection(s) of {}: access changed",
                    sessions.size(),
                    username);
        }
    }

    private static String userOf(WebSocketSession session) {
        Principal user = session.getPrincipal();
        return user == null ? null : user.getName();
    }
}
