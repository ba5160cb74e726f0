package org.flowboard.dashboard.ingest;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.hl7.TopicReader;
import org.flowboard.kafka.Topics;

/**
 * One real broker for the Spring tests of this JVM that share an application context (like {@code
 * TestRedis}), and reading a topic to its current end: the endpoints answer only after Kafka
 * acknowledged, so everything they wrote is below those offsets.
 */
final class TestKafka {

    private static EmbeddedKafka broker;

    private TestKafka() {}

    static synchronized String bootstrap() {
        if (broker == null) {
            broker = EmbeddedKafka.start(Topics.ALL);
            EmbeddedKafka started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return broker.bootstrapServers();
    }

    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        return TopicReader.readAll(bootstrap, topic);
    }
}
