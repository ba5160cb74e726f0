package org.flowboard.jobs;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.flowboard.kafka.Topics;
import org.flowboard.metrics.Alert;

/** An alert to {@code flow.alerts}, keyed by site. */
final class AlertKafkaSerializer implements KafkaRecordSerializationSchema<Alert> {

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            Alert alert, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(
                Topics.ALERTS.name(),
                alert.site().getBytes(StandardCharsets.UTF_8),
                Topics.ALERTS.valueSerde().serializer().serialize(Topics.ALERTS.name(), alert));
    }
}
