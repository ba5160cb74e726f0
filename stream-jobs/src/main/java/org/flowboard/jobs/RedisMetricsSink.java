package org.flowboard.jobs;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;

/**
 * Writes each metrics update to Redis. {@link MetricsStore#write} keeps the newest by event time,
 * so the writes replayed after a restore from a checkpoint cannot move a figure back.
 */
public final class RedisMetricsSink implements Sink<MetricsUpdate> {

    private final String redisUrl;

    public RedisMetricsSink(String redisUrl) {
        this.redisUrl = redisUrl;
    }

    @Override
    public SinkWriter<MetricsUpdate> createWriter(WriterInitContext context) {
        return new Writer(new MetricsStore(redisUrl));
    }

    /** One store (connection pool) per parallel sink task. */
    static final class Writer implements SinkWriter<MetricsUpdate> {
        private final MetricsStore store;

        Writer(MetricsStore store) {
            this.store = store;
        }

        @Override
        public void write(MetricsUpdate update, Context context) {
            store.write(update);
        }

        @Override
        public void flush(boolean endOfInput) {
            // Every write is synchronous; nothing is buffered.
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
