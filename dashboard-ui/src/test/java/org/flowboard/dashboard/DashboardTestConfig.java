package org.flowboard.dashboard;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings of every Spring test: not embedded, demo users on, a real Redis from the test. */
public final class DashboardTestConfig {

    private DashboardTestConfig() {}

    public static void properties(DynamicPropertyRegistry registry) {
        registry.add("flowboard.embedded", () -> "false");
        registry.add("flowboard.demo-users", () -> "true");
        registry.add("flowboard.redis.url", TestRedis::url);
    }
}
