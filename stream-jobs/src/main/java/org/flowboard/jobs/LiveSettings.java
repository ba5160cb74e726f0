package org.flowboard.jobs;

import java.io.Serializable;

/**
 * Where the live job reads and writes.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param redisUrl e.g. {@code redis://127.0.0.1:6379}
 * @param consumerGroup Kafka consumer group of the job's source
 */
public record LiveSettings(String bootstrapServers, String redisUrl, String consumerGroup)
        implements Serializable {}
