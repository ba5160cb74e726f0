package org.flowboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class RedisServerTest {

    @Test
    void startsARealRedisServerAndStopsItOnClose() {
        RedisServer redis = RedisServer.start();
        try (Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
            jedis.set("k", "v");
            assertThat(jedis.get("k")).isEqualTo("v");
        } finally {
            redis.close();
        }
        assertThat(redis.isAlive()).isFalse();
    }
}
