package org.flowboard.dashboard.embedded;

import java.util.ArrayDeque;
import java.util.Deque;
import org.flowboard.dashboard.FlowboardProperties;
import org.flowboard.dashboard.RedisTarget;
import org.flowboard.dashboard.ingest.IngestConnectors;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.embedded.RedisServer;
import org.flowboard.ics.Ics;
import org.flowboard.jobs.LivePipeline;
import org.flowboard.jobs.LiveSettings;
import org.flowboard.kafka.Topics;
import org.flowboard.simulator.SimulatorRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Embedded mode (DESIGN.md section 1): Kafka broker, redis-server, Flink MiniCluster with the live
 * jobs and the simulator in this JVM. Started in an early lifecycle phase, so before the live
 * metrics connect to Redis and before the web server takes requests; stopped in reverse order.
 */
@Component
@ConditionalOnProperty(name = "flowboard.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedServices implements SmartLifecycle {

    /** Before {@code LiveMetrics} (phase 0) and the web server (near Integer.MAX_VALUE). */
    static final int PHASE = -1000;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);
    private static final String CONSUMER_GROUP = "flowboard-live";

    private final FlowboardProperties properties;
    private final RedisTarget redis;
    private final Ics ics;
    private final IngestConnectors connectors;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile boolean running;

    EmbeddedServices(
            FlowboardProperties properties,
            RedisTarget redis,
            Ics ics,
            IngestConnectors connectors) {
        this.properties = properties;
        this.redis = redis;
        this.ics = ics;
        this.connectors = connectors;
    }

    @Override
    public void start() {
        try {
            EmbeddedKafka kafka = EmbeddedKafka.start(Topics.ALL);
            started.push(kafka);
            LOG.info("embedded Kafka broker at {}", kafka.bootstrapServers());
            if (redis.startEmbedded()) {
                // A missing binary fails start-up here with RedisServer's message on what to
                // install.
                RedisServer server = RedisServer.start(redis.embeddedPort());
                started.push(server);
                LOG.info("embedded redis-server at {} (pid {})", server.url(), server.pid());
            } else {
                LOG.info("using Redis at {}", redis.url());
            }
            startPipeline(kafka.bootstrapServers());
            // MLLP listener and HTTP feeds: after the jobs, so the first events are read live.
            started.push(connectors.start(kafka.bootstrapServers()));
            startSimulator(kafka.bootstrapServers());
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        running = true;
    }

    private void startPipeline(String bootstrap) {
        LiveSettings settings = new LiveSettings(bootstrap, redis.url(), CONSUMER_GROUP);
        LiveJob job = LiveJob.submit(env -> LivePipeline.define(env, ics, settings));
        started.push(job);
        LOG.info("Flink MiniCluster running the live jobs as job {}", job.jobId());
    }

    private void startSimulator(String bootstrap) {
        FlowboardProperties.Simulator sim = properties.simulator();
        if (!sim.enabled()) {
            LOG.info("simulator disabled (flowboard.simulator.enabled=false)");
            return;
        }
        if (sim.speaksToConnectors() && properties.demoUsersEnabled()) {
            // DemoHospital starts it once the web server (its feed endpoints) is up.
            return;
        }
        started.push(SimulatorRunner.start(ics, bootstrap, sim.seed(), sim.speed()));
        LOG.info(
                "simulator writing to {} at {} (seed {}, speed {}x)",
                Topics.EVENTS.name(),
                bootstrap,
                sim.seed(),
                sim.speed());
    }

    @Override
    public void stop() {
        running = false;
        while (!started.isEmpty()) {
            AutoCloseable next = started.pop();
            try {
                next.close();
            } catch (Exception e) {
                LOG.warn("could not stop {} cleanly: {}", next, e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
