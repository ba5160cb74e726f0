package org.flowboard.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * Where the read model lives.
 *
 * @param url the Redis URL every client uses
 * @param embeddedPort the port of the redis-server embedded mode must start, or null when Redis
 *     runs elsewhere
 */
public record RedisTarget(String url, @Nullable Integer embeddedPort) {

    public boolean startEmbedded() {
        return embeddedPort != null;
    }
}
