package org.flowboard.dashboard.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.events.FlowEvent;
import org.flowboard.kafka.Topics;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The connectors of the Spring tests: the shared test broker, a free MLLP port, a fixed key. */
final class IngestTestConfig {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private IngestTestConfig() {}

    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
        registry.add("flowboard.kafka.bootstrap", TestKafka::bootstrap);
        registry.add("flowboard.mllp.port", () -> "0");
        registry.add("flowboard.pseudonymisation.key", () -> KEY);
        registry.add("flowboard.fhir.default-site", () -> "RZZ01");
        registry.add("flowboard.feeds.max-body-bytes", () -> "65536");
        registry.add("flowboard.feeds.ack-timeout", () -> "3s");
    }

    static List<FlowEvent> events() {
        return TestKafka.readAll(TestKafka.bootstrap(), Topics.EVENTS.name()).stream()
                .map(
                        r ->
                                Topics.EVENTS
                                        .valueSerde()
                                        .deserializer()
                                        .deserialize(Topics.EVENTS.name(), r.value()))
                .toList();
    }

    static List<ConsumerRecord<String, byte[]>> deadLetters() {
        return TestKafka.readAll(TestKafka.bootstrap(), Topics.DEADLETTER);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
