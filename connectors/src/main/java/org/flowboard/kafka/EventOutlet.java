package org.flowboard.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flowboard.deadletter.DeadLetter;
import org.flowboard.events.FlowEvent;

/**
 * Writes events and dead letters, and waits for the broker's acknowledgement within a bound: a
 * connector answers a sender positively (HL7 {@code AA}, HTTP 2xx) only after {@link #publish}
 * returned. One per connector, shared by its threads (the producer is thread-safe).
 */
public final class EventOutlet implements AutoCloseable {

    /** Kafka did not take the write in time; the sender must resend. */
    public static final class NotStoredException extends Exception {
        NotStoredException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KafkaProducer<String, byte[]> producer;
    private final Serializer<FlowEvent> eventSerializer = Topics.EVENTS.valueSerde().serializer();
    private final Duration ackTimeout;
    private final String connector;

    /**
     * @param connector names the connector in the producer's client id and in each dead letter's
     *     {@code connector} header, e.g. {@code hl7-mllp}
     * @param maxMessageBytes the largest raw message the connector takes, so that it can be
     *     dead-lettered whole
     */
    public EventOutlet(
            String connector, String bootstrapServers, Duration ackTimeout, int maxMessageBytes) {
        this.connector = connector;
        this.ackTimeout = ackTimeout;
        long timeout = ackTimeout.toMillis();
        long requestTimeout = Math.max(50, timeout / 2);
        Map<String, Object> config =
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "flowboard-" + connector,
                        // An ACK to the hospital is a promise: every in-sync replica must have it.
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        // Internal retries must not write an event twice.
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        5,
                        // Each message waits for its own acknowledgement; lingering only delays
                        // ACKs.
                        ProducerConfig.LINGER_MS_CONFIG,
                        0,
                        // The whole write, retries included, ends within the ACK timeout...
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        (int) timeout,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        (int) requestTimeout,
                        // ...and so does waiting for metadata when the broker is unreachable.
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        timeout,
                        // A refused message is dead-lettered whole.
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        Math.max(1 << 20, maxMessageBytes + (64 << 10)));
        this.producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public String connector() {
        return connector;
    }

    /** Writes the events (key = site) and returns once Kafka acknowledged every one of them. */
    public void publish(List<FlowEvent> events) throws NotStoredException {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        try {
            for (FlowEvent event : events) {
                byte[] value = eventSerializer.serialize(Topics.EVENTS.name(), event);
                pending.add(
                        producer.send(
                                new ProducerRecord<>(Topics.EVENTS.name(), event.site(), value)));
            }
            for (Future<RecordMetadata> f : pending) {
                f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            throw notStored("Kafka did not acknowledge within " + ackTimeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw notStored("Kafka refused the write: " + e.getCause().getMessage(), e);
        } catch (KafkaException e) {
            throw notStored("Kafka is unavailable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notStored("the connector is stopping", e);
        }
    }

    /** Writes a refused message's raw bytes to the dead-letter topic and waits for the ack. */
    public void deadLetter(String sender, String reason, Instant receivedAt, byte[] raw)
            throws NotStoredException {
        try {
            producer.send(DeadLetter.record(connector, sender, reason, receivedAt, raw))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw notStored("Kafka did not acknowledge within " + ackTimeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw notStored("Kafka refused the write: " + e.getCause().getMessage(), e);
        } catch (KafkaException e) {
            throw notStored("Kafka is unavailable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notStored("the connector is stopping", e);
        }
    }

    private static NotStoredException notStored(String message, Throwable cause) {
        return new NotStoredException(message, cause);
    }

    @Override
    public void close() {
        // Bounded: with the broker gone, an unbounded close would wait for every retry.
        producer.close(Duration.ofSeconds(2));
    }
}
