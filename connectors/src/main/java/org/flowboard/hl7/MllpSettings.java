package org.flowboard.hl7;

import java.time.Duration;

/**
 * Limits and timeouts of the MLLP listener.
 *
 * @param port TCP port (0 = any free port; embedded mode uses 2575)
 * @param maxMessageBytes a larger frame is refused with {@code AR}; the default stays under Kafka's
 *     default 1 MiB record limit so any refused message can be dead-lettered whole
 * @param maxConnections connections served at once; more are closed on accept, so one sender
 *     opening many cannot take every worker
 * @param readTimeout an idle connection, or a frame that takes longer than this to arrive, is
 *     closed
 * @param kafkaAckTimeout how long to wait for Kafka to acknowledge before answering {@code AR}
 * @param duplicateMemory how many accepted control ids are remembered to answer resends
 */
public record MllpSettings(
        int port,
        int maxMessageBytes,
        int maxConnections,
        Duration readTimeout,
        Duration kafkaAckTimeout,
        int duplicateMemory) {

    public static final int DEFAULT_PORT = 2575;

    public MllpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxMessageBytes < 1024 || maxConnections < 1 || duplicateMemory < 1) {
            throw new IllegalArgumentException("limits must be positive (message >= 1 KiB)");
        }
        if (kafkaAckTimeout.toMillis() < 100 || readTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("timeouts must be at least 100 ms");
        }
    }

    public static MllpSettings defaults() {
        return new MllpSettings(
                DEFAULT_PORT,
                1_000_000,
                32,
                Duration.ofMinutes(5),
                Duration.ofSeconds(10),
                100_000);
    }

    public MllpSettings withPort(int newPort) {
        return new MllpSettings(
                newPort,
                maxMessageBytes,
                maxConnections,
                readTimeout,
                kafkaAckTimeout,
                duplicateMemory);
    }

    public MllpSettings withKafkaAckTimeout(Duration timeout) {
        return new MllpSettings(
                port, maxMessageBytes, maxConnections, readTimeout, timeout, duplicateMemory);
    }

    public MllpSettings withLimits(int newMaxMessageBytes, int newMaxConnections) {
        return new MllpSettings(
                port,
                newMaxMessageBytes,
                newMaxConnections,
                readTimeout,
                kafkaAckTimeout,
                duplicateMemory);
    }

    public MllpSettings withReadTimeout(Duration timeout) {
        return new MllpSettings(
                port, maxMessageBytes, maxConnections, timeout, kafkaAckTimeout, duplicateMemory);
    }
}
