package org.flowboard.dashboard.stomp;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.messaging.Message;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Tells a refused client why (the ERROR frame's {@code message}), instead of Spring's generic
 * "failed to send message"; other errors keep the generic text, which reveals nothing internal.
 */
class RefusalErrors extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(
            Message<byte[]> clientMessage, Throwable ex) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        return super.handleClientMessageProcessingError(
                clientMessage, cause instanceof AccessDeniedException ? cause : ex);
    }
}
