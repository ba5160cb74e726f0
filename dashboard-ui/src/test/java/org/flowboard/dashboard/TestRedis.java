package org.flowboard.dashboard;

import org.flowboard.embedded.RedisServer;

/**
 * One real redis-server for the Spring tests of this JVM: Spring caches the application context
 * across test classes, so the Redis it points at must outlive each class. RedisServer's shutdown
 * hook stops it when the test JVM exits.
 */
public final class TestRedis {

    private static RedisServer server;

    private TestRedis() {}

    public static synchronized String url() {
        if (server == null || !server.isAlive()) {
            server = RedisServer.start();
        }
        return server.url();
    }
}
