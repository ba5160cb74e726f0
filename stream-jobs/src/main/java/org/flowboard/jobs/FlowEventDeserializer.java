package org.flowboard.jobs;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.flowboard.events.FlowEvent;
import org.flowboard.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code flow.events}. A record that is not a canonical event is counted and skipped: one bad
 * record must not stop every metric (the connectors already dead-letter what they cannot parse).
 */
final class FlowEventDeserializer implements KafkaRecordDeserializationSchema<FlowEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FlowEventDeserializer.class);

    private transient Counter unreadable;

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        unreadable = context.getMetricGroup().counter("unreadableEvents");
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<FlowEvent> out) {
        try {
            FlowEvent event =
                    Topics.EVENTS
                            .valueSerde()
                            .deserializer()
                            .deserialize(record.topic(), record.value());
            if (event != null) {
                out.collect(event);
            }
        } catch (SerializationException e) {
            if (unreadable != null) {
                unreadable.inc();
            }
            LOG.warn(
                    "skipped unreadable record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
        }
    }

    @Override
    public TypeInformation<FlowEvent> getProducedType() {
        return FlowEventSerializer.TYPE;
    }
}
