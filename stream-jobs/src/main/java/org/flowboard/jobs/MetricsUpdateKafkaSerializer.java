package org.flowboard.jobs;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.flowboard.kafka.Topics;
import org.flowboard.metrics.MetricsUpdate;

/** A metrics update to {@code flow.metrics}, keyed by its scope id (site or ICS code). */
final class MetricsUpdateKafkaSerializer implements KafkaRecordSerializationSchema<MetricsUpdate> {

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            MetricsUpdate update, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(
                Topics.METRICS.name(),
                update.id().getBytes(StandardCharsets.UTF_8),
                Topics.METRICS.valueSerde().serializer().serialize(Topics.METRICS.name(), update));
    }
}
