package org.flowboard.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.flowboard.events.Json;
import org.flowboard.metrics.MetricsUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

/**
 * The dashboard's read model in Redis (DESIGN.md section 1): per scope a hash holding the latest
 * JSON of each metric group, written only when its event time is not older than the stored one,
 * plus a pub/sub message for every change. Replays and restarts can therefore write again without
 * moving a figure back.
 */
public final class MetricsStore implements AutoCloseable {

    public static final String CHANGES_CHANNEL = "flowboard:metrics:changes";
    static final String INDEX_KEY = "flowboard:metrics:index";

    // Compare and write in one step on the server, so two writers cannot interleave.
    private static final String WRITE_IF_NOT_OLDER =
            """
            local stored = redis.call('HGET', KEYS[1], ARGV[1] .. ':asOf')
            if stored and tonumber(stored) > tonumber(ARGV[2]) then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[3], ARGV[1] .. ':asOf', ARGV[2])
            redis.call('SADD', KEYS[2], KEYS[1])
            redis.call('PUBLISH', ARGV[4], ARGV[3])
            return 1
            """;

    private static final Logger LOG = LoggerFactory.getLogger(MetricsStore.class);
    private static final ObjectReader READER = Json.mapper().readerFor(MetricsUpdate.class);

    private final String url;
    private final JedisPooled jedis;

    public MetricsStore(String redisUrl) {
        this.url = redisUrl;
        this.jedis = new JedisPooled(redisUrl);
    }

    /**
     * Writes the update unless a newer one of the same scope and group is stored; true if written.
     */
    public boolean write(MetricsUpdate update) {
        String json = toJson(update);
        Object written =
                jedis.eval(
                        WRITE_IF_NOT_OLDER,
                        List.of(update.redisKey(), INDEX_KEY),
                        List.of(
                                update.group(),
                                Long.toString(update.asOf()),
                                json,
                                CHANGES_CHANNEL));
        return Long.valueOf(1).equals(written);
    }

    /** Every stored group of every scope: what a screen shows the moment it opens. */
    public List<MetricsUpdate> readAll() {
        List<MetricsUpdate> all = new ArrayList<>();
        for (String key : jedis.smembers(INDEX_KEY)) {
            for (Map.Entry<String, String> field : jedis.hgetAll(key).entrySet()) {
                if (!field.getKey().endsWith(":asOf")) {
                    all.add(parse(field.getValue()));
                }
            }
        }
        return all;
    }

    /**
     * Calls the listener with every change until the returned handle is closed. One connection and
     * one thread per subscription; the dashboard holds one and fans out to its screens.
     */
    public Subscription subscribe(Consumer<MetricsUpdate> listener) {
        return new Subscription(url, listener);
    }

    public static String toJson(MetricsUpdate update) {
        try {
            return Json.mapper().writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MetricsUpdate parse(String json) {
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not a metrics update: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        jedis.close();
    }

    /** A live subscription to metric changes that reconnects after Redis restarts. */
    public static final class Subscription implements AutoCloseable {
        private final Thread thread;
        private final JedisPubSub pubSub;
        private volatile boolean closed;

        Subscription(String url, Consumer<MetricsUpdate> listener) {
            this.pubSub =
                    new JedisPubSub() {
                        @Override
                        public void onMessage(String channel, String message) {
                            try {
                                listener.accept(parse(message));
                            } catch (RuntimeException e) {
                                LOG.warn(
                                        "dropped a metrics message that could not be used: {}",
                                        e.getMessage());
                            }
                        }
                    };
            this.thread = new Thread(() -> run(url), "redis-metrics-subscriber");
            thread.setDaemon(true);
            thread.start();
        }

        private void run(String url) {
            while (!closed) {
                try (Jedis connection = new Jedis(java.net.URI.create(url))) {
                    connection.subscribe(pubSub, CHANGES_CHANNEL);
                } catch (RuntimeException e) {
                    if (!closed) {
                        LOG.warn("Redis subscription lost ({}); reconnecting", e.getMessage());
                        sleepQuietly(500);
                    }
                }
            }
        }

        public boolean isSubscribed() {
            return pubSub.isSubscribed();
        }

        @Override
        public void close() {
            closed = true;
            try {
                if (pubSub.isSubscribed()) {
                    pubSub.unsubscribe();
                }
            } catch (RuntimeException ignored) {
                // The connection is already gone.
            }
            thread.interrupt();
        }

        private static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
