package org.flowboard.dashboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.flowboard.dashboard.FlowboardProperties;
import org.flowboard.dashboard.RedisTarget;
import org.flowboard.dashboard.ingest.IngestConnectors;
import org.flowboard.dashboard.ingest.IngestProperties;
import org.flowboard.embedded.FreePorts;
import org.flowboard.ics.IcsLoader;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Embedded mode with the real broker and redis-server, without Spring. */
class EmbeddedServicesTest {

    @Test
    void startsKafkaRedisAndTheMllpListenerAndStopsThemAgain() throws Exception {
        int port = FreePorts.next();
        // A free MLLP port (0), and no key: embedded mode generates one.
        IngestConnectors connectors =
                new IngestConnectors(
                        IcsLoader.demo(),
                        new IngestProperties(
                                new IngestProperties.Mllp(true, 0, Map.of()),
                                new IngestProperties.Pseudonymisation(""),
                                new IngestProperties.Fhir(""),
                                new IngestProperties.Feeds(
                                        1 << 20, Duration.ofSeconds(5), Map.of())),
                        true);
        EmbeddedServices services =
                new EmbeddedServices(
                        properties(),
                        new RedisTarget("redis://127.0.0.1:" + port, port),
                        IcsLoader.demo(),
                        connectors);

        services.start();
        int mllpPort;
        try {
            assertThat(services.isRunning()).isTrue();
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                assertThat(jedis.ping()).isEqualTo("PONG");
            }
            mllpPort = connectors.mllpPort().orElseThrow();
            try (Socket mllp = new Socket("127.0.0.1", mllpPort)) {
                assertThat(mllp.isConnected()).as("MLLP listener accepts").isTrue();
            }
        } finally {
            services.stop();
        }

        assertThat(connectors.mllpPort()).as("MLLP listener stopped").isEmpty();
        assertThat(catchThrowable(() -> new Socket("127.0.0.1", mllpPort).close()))
                .isInstanceOf(ConnectException.class);

        assertThat(services.isRunning()).isFalse();
        Throwable afterStop =
                catchThrowable(
                        () -> {
                            try (Jedis jedis = new Jedis("127.0.0.1", port, 1000)) {
                                jedis.ping();
                            }
                        });
        assertThat(afterStop).as("redis-server stopped with the services").isNotNull();
    }

    @Test
    void fatJarLoaderGivesTheMiniClusterItsClasspathParentFirst() throws Exception {
        URL nested = new URL("jar:file:/app/flowboard.jar!/BOOT-INF/lib/flink-core.jar!/");
        try (URLClassLoader bootLike = new URLClassLoader(new URL[] {nested}, null)) {
            Configuration conf = LiveJob.configuration(bootLike);

            assertThat(conf.get(PipelineOptions.CLASSPATHS)).containsExactly(nested.toString());
            assertThat(conf.get(CoreOptions.CLASSLOADER_RESOLVE_ORDER)).isEqualTo("parent-first");
        }
    }

    @Test
    void plainClasspathNeedsNoExtraClasspaths() {
        Configuration conf = LiveJob.configuration(ClassLoader.getSystemClassLoader());

        assertThat(conf.getOptional(PipelineOptions.CLASSPATHS)).isEmpty();
    }

    private static FlowboardProperties properties() {
        return new FlowboardProperties(
                true,
                null,
                "",
                new FlowboardProperties.Redis(""),
                new FlowboardProperties.Kafka(""),
                new FlowboardProperties.Simulator(true, 1, 1.0, "kafka"));
    }
}
