package org.flowboard.dashboard.stomp;

import java.security.Principal;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Authorises every inbound STOMP frame with the user of the handshake: no user, no connection; a
 * subscription only to a topic within the user's sites; clients never send (the API is push only).
 * A refusal becomes a STOMP ERROR frame and the session closes.
 */
class ScopeInterceptor implements ChannelInterceptor {

    private final Ics ics;

    ScopeInterceptor(Ics ics) {
        this.ics = ics;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp =
                MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        Principal user = stomp.getUser();
        switch (command) {
            case CONNECT, STOMP -> requireUser(user);
            case SUBSCRIBE -> {
                requireUser(user);
                SiteScope scope = SiteScope.of((Authentication) user);
                if (!Topics.allowed(stomp.getDestination(), scope, ics)) {
                    throw new AccessDeniedException(
                            "no subscription to "
                                    + stomp.getDestination()
                                    + " for "
                                    + user.getName());
                }
            }
            case SEND -> throw new AccessDeniedException("this API only pushes");
            default -> {
                // UNSUBSCRIBE, DISCONNECT, ACK...: nothing to authorise.
            }
        }
        return message;
    }

    private static void requireUser(Principal user) {
        if (!(user instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("sign in first");
        }
    }
}
