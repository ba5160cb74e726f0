package org.flowboard.dashboard.ingest;

import java.time.Clock;
import org.flowboard.dashboard.FlowboardProperties;
import org.flowboard.ics.Ics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The connectors' parts: feed accounts, the running connectors, and the HTTP intakes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfig {

    @Bean
    FeedAccounts feedAccounts(IngestProperties ingest, FlowboardProperties flowboard) {
        return new FeedAccounts(
                ingest,
                flowboard.demoUsersEnabled(),
                PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean(destroyMethod = "close")
    IngestConnectors ingestConnectors(
            Ics ics, IngestProperties ingest, FlowboardProperties flowboard) {
        return new IngestConnectors(ics, ingest, flowboard.embedded());
    }

    @Bean
    HttpFeedHealth httpFeedHealth() {
        return new HttpFeedHealth();
    }

    @Bean
    FhirIntake fhirIntake(Ics ics, FeedAccounts accounts, HttpFeedHealth health, Clock clock) {
        return new FhirIntake(ics, accounts, health, clock);
    }

    @Bean
    FeedIntake feedIntake(Ics ics, HttpFeedHealth health, Clock clock) {
        return new FeedIntake(ics, health, clock);
    }
}
