package org.flowboard.dashboard.embedded;

import java.net.URI;
import org.flowboard.dashboard.FlowboardProperties;
import org.flowboard.dashboard.ingest.IngestConnectors;
import org.flowboard.ics.Ics;
import org.flowboard.simulator.HospitalClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In embedded mode, the simulator as a hospital: once the web server listens, it sends ADT as HL7
 * v2 to our MLLP listener and the other feeds as JSON lines to our feed endpoints (with the demo
 * feed account), so that the demo exercises the connectors, not only the jobs.
 */
@Component
class DemoHospital
        implements ApplicationListener<WebServerInitializedEvent>, SmartLifecycle, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHospital.class);
    static final String FEED_USER = "feed";
    static final String FEED_PASSWORD = "demo";

    private final FlowboardProperties properties;
    private final IngestConnectors connectors;
    private final Ics ics;
    private HospitalClient client;

    DemoHospital(FlowboardProperties properties, IngestConnectors connectors, Ics ics) {
        this.properties = properties;
        this.connectors = connectors;
        this.ics = ics;
    }

    @Override
    public synchronized void onApplicationEvent(WebServerInitializedEvent event) {
        FlowboardProperties.Simulator sim = properties.simulator();
        boolean wanted =
                properties.embedded()
                        && sim.enabled()
                        && sim.speaksToConnectors()
                        && properties.demoUsersEnabled()
                        && event.getApplicationContext().getServerNamespace() == null;
        if (!wanted || client != null) {
            return;
        }
        if (connectors.mllpPort().isEmpty()) {
            LOG.warn("demo hospital not started: the MLLP listener is not running");
            return;
        }
        URI base = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
        client =
                HospitalClient.start(
                        ics,
                        new HospitalClient.Target(
                                "127.0.0.1",
                                connectors.mllpPort().get(),
                                base,
                                FEED_USER,
                                FEED_PASSWORD),
                        sim.seed(),
                        sim.speed());
    }

    /** Started by the web server's event; stopped before the broker and the web server go. */
    @Override
    public void start() {}

    @Override
    public synchronized void stop() {
        destroy();
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
