package org.flowboard.dashboard.live;

import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.ServletContextAware;

/**
 * Smaller first buffers for every push connection. Vaadin sets Atmosphere's {@code
 * org.atmosphere.websocket.bufferSize} to 16,384, and Atmosphere gives every websocket a byte
 * buffer and a char buffer of that size up front: 48 KB of heap per open screen. They are only used
 * to read streamed messages from the browser, and they grow (doubling, up to the message size limit
 * Vaadin also sets) when a message needs more, so starting small costs nothing here: our screens
 * send to the server over XHR (the default WEBSOCKET_XHR transport), not the websocket.
 *
 * <p>Vaadin's own init parameters win over the servlet's, so the value is changed on the framework
 * Vaadin keeps in the servlet context once it has started, before any screen connects.
 */
@Component
class PushBuffers implements ServletContextAware {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final int INITIAL_BYTES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    private ServletContext context;

    @Override
    public void setServletContext(ServletContext servletContext) {
        this.context = servletContext;
        shrink();
    }

    /** Again once started, in case Vaadin created its framework after this bean. */
    @EventListener(ApplicationStartedEvent.class)
    void started() {
        shrink();
    }

    private void shrink() {
        if (context == null) {
            return; // not a web application (some tests)
        }
        int changed = 0;
        for (String name : Collections.list(context.getAttributeNames())) {
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(BUFFER_SIZE, String.valueOf(INITIAL_BYTES));
                changed++;
            }
        }
        if (changed > 0) {
            LOG.debug("push: websocket buffers start at {} bytes", INITIAL_BYTES);
        }
    }
}
