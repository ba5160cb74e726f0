package org.flowboard.dashboard.live;

import org.apache.catalina.Manager;
import org.apache.catalina.session.ManagerBase;
import org.apache.catalina.session.StandardManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Screens left open through a restart keep their login: with {@code
 * server.servlet.session.persistent=true} Tomcat writes sessions to disk on a clean shutdown. Only
 * the login is written. Vaadin's session holds the screens, which refer to this server's beans and
 * cannot be read back; one such attribute would spoil the whole file, and a reloaded page builds
 * its screen afresh anyway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "server.servlet.session.persistent", havingValue = "true")
class SessionPersistence {

    /** A regular expression of the session attributes Tomcat may write. */
    static final String KEPT_ATTRIBUTES =
            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> onlyTheLoginIsPersisted() {
        return factory ->
                factory.addContextCustomizers(
                        context -> {
                            Manager manager = context.getManager();
                            if (manager == null) {
                                manager = new StandardManager();
                                context.setManager(manager);
                            }
                            if (manager instanceof ManagerBase base) {
                                base.setSessionAttributeNameFilter(KEPT_ATTRIBUTES);
                            }
                        });
    }
}
