package org.flowboard.dashboard.ingest;

import org.flowboard.dashboard.FlowboardProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Outside embedded mode, starts the connectors against the configured Kafka ({@code
 * flowboard.kafka.bootstrap}); without one they stay off and the HTTP feeds answer 503.
 */
@Component
@ConditionalOnProperty(name = "flowboard.embedded", havingValue = "false")
class ExternalIngest implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalIngest.class);

    private final IngestConnectors connectors;
    private final String bootstrap;
    private @Nullable AutoCloseable started;

    ExternalIngest(IngestConnectors connectors, FlowboardProperties properties) {
        this.connectors = connectors;
        this.bootstrap = properties.kafka().bootstrap();
    }

    @Override
    public synchronized void start() {
        if (bootstrap.isBlank()) {
            LOG.warn("no flowboard.kafka.bootstrap: MLLP, FHIR and JSON feeds are off");
            started = () -> {};
            return;
        }
        started = connectors.start(bootstrap);
    }

    @Override
    public synchronized void stop() {
        if (started != null) {
            try {
                started.close();
            } catch (Exception e) {
                LOG.warn("could not stop the connectors cleanly: {}", e.getMessage());
            }
            started = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return started != null;
    }

    @Override
    public int getPhase() {
        // With the embedded services' phase: before the web server takes requests.
        return -1000;
    }
}
