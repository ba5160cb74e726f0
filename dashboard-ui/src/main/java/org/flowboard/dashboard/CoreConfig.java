package org.flowboard.dashboard;

import java.nio.file.Path;
import java.time.Clock;
import org.flowboard.embedded.FreePorts;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.redis.MetricsStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data and the read model every feature shares. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

    @Bean
    Ics ics(FlowboardProperties properties) {
        return properties.ics().isBlank()
                ? IcsLoader.demo()
                : IcsLoader.load(Path.of(properties.ics()));
    }

    /**
     * Decided before anything starts, so that the embedded redis-server and every client agree on
     * the address without passing mutable state around.
     */
    @Bean
    RedisTarget redisTarget(FlowboardProperties properties) {
        String url = properties.redis().url();
        if (!url.isBlank()) {
            return new RedisTarget(url, null);
        }
        if (!properties.embedded()) {
            throw new IllegalStateException(
                    "flowboard.redis.url is required when flowboard.embedded=false");
        }
        int port = FreePorts.next();
        return new RedisTarget("redis://127.0.0.1:" + port, port);
    }

    @Bean(destroyMethod = "close")
    MetricsStore metricsStore(RedisTarget target) {
        // JedisPooled connects lazily, so creating it before the embedded redis-server is fine.
        return new MetricsStore(target.url());
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
