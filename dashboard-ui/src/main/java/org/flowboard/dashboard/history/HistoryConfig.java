package org.flowboard.dashboard.history;

import org.flowboard.dashboard.RedisTarget;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The history store, on the same Redis as the read model. */
@Configuration(proxyBeanMethods = false)
class HistoryConfig {

    @Bean(destroyMethod = "close")
    MetricsHistory metricsHistory(
            RedisTarget target, @Value("${flowboard.history.retention-days:35}") int days) {
        return new MetricsHistory(target.url(), Retention.days(days));
    }
}
