package org.flowboard.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Features;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka broker in this JVM, on free loopback ports, with its log in a temporary
 * directory that {@link #close()} deletes. Used by embedded mode and by the tests: a real broker,
 * not a mock. {@link #stop()} and {@link #restart()} take it down and bring it back on the same
 * ports with the same log, as an outage would, so that tests can show nothing acknowledged is lost.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final Path logDir;
    private final int brokerPort;
    private final KafkaConfig config;
    private KafkaRaftServer server;
    private boolean running;

    private EmbeddedKafka(Path logDir, int brokerPort, KafkaConfig config, KafkaRaftServer server) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.config = config;
        this.server = server;
        this.running = true;
    }

    /** Starts a broker on free ports and creates the given topics (3 partitions each). */
    public static EmbeddedKafka start(List<String> topics) {
        return start(FreePorts.next(), topics);
    }

    public static EmbeddedKafka start(int brokerPort, List<String> topics) {
        int controllerPort = FreePorts.next();
        Path logDir;
        try {
            logDir = Files.createTempDirectory("flowboard-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's log directory", e);
        }
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:"
                        + brokerPort
                        + ",CONTROLLER://127.0.0.1:"
                        + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        // One broker: every internal topic must fit on it.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        // Keep the demo's disk use bounded when it runs all day.
        props.put("log.retention.hours", "24");
        props.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        try {
            KafkaConfig config = new KafkaConfig(props, false);
            format(config, logDir);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(logDir, brokerPort, config, server);
            kafka.createTopics(topics);
            LOG.info("Kafka broker (KRaft) listening on {}", kafka.bootstrapServers());
            return kafka;
        } catch (Exception e) {
            deleteQuietly(logDir);
            throw new IllegalStateException(
                    "the embedded Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    private static void format(KafkaConfig config, Path logDir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setSupportedFeatures(Features.PRODUCTION_FEATURES)
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(config.nodeId())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(logDir.toString())
                .setDirectories(List.of(logDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public int port() {
        return brokerPort;
    }

    public void createTopics(List<String> topics) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /** Shuts the broker down, keeping its log; {@link #restart()} brings it back. */
    public synchronized void stop() {
        if (running) {
            running = false;
            server.shutdown();
            server.awaitShutdown();
            LOG.info("Kafka broker on {} stopped (log kept)", bootstrapServers());
        }
    }

    /** Starts the broker again on the same ports with the log it had when stopped. */
    public synchronized void restart() {
        if (running) {
            return;
        }
        // A KafkaRaftServer cannot be started twice; a new one over the same log is a restart.
        KafkaRaftServer next = new KafkaRaftServer(config, Time.SYSTEM);
        next.startup();
        server = next;
        running = true;
        LOG.info("Kafka broker restarted on {}", bootstrapServers());
    }

    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            deleteQuietly(logDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
