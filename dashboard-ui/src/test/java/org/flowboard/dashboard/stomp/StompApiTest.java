package org.flowboard.dashboard.stomp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.flowboard.dashboard.DashboardTestConfig;
import org.flowboard.dashboard.security.Account;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.dashboard.security.UserAccounts;
import org.flowboard.metrics.MetricsUpdate;
import org.flowboard.redis.MetricsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The push API with a real STOMP client over a real WebSocket: Basic credentials on the handshake,
 * figures written to Redis as the jobs write them, and the site scope enforced on subscription.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StompApiTest {

    // The test Redis is shared by every test in this JVM and keeps only the newest figures per
    // site;
    // other tests write figures at the real time, so ours must be newer than any of theirs.
    private static final long AT_1400 =
            Instant.now().plus(java.time.Duration.ofDays(1)).toEpochMilli();
    private static final long AT_1405 = AT_1400 + java.time.Duration.ofMinutes(5).toMillis();
    private static final long WAIT_SECONDS = 30;
    private static final String CLOSED = "connection closed: ";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestConfig.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired MetricsStore store;
    @Autowired UserAccounts accounts;

    private WebSocketStompClient client;

    @BeforeEach
    void client() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new MappingJackson2MessageConverter());
    }

    @AfterEach
    void stop() {
        client.stop();
    }

    @Test
    void aSubscriberReceivesASitesFiguresWhenTheyChange() throws Exception {
        Errors errors = new Errors();
        StompSession session = connect("northgate", errors);
        BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        session.subscribe("/topic/site.RZZ01", new Collect(received));

        store.write(occupancy("RZZ01", AT_1405, 191));

        // The first message may be the figures as they stood when we subscribed: wait for ours.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Map<String, Object> figures = null;
        while (System.nanoTime() < deadline) {
            Map<String, Object> next = received.poll(1, TimeUnit.SECONDS);
            if (next != null && Integer.valueOf(191).equals(next.get("occupiedBeds"))) {
                figures = next;
                break;
            }
        }
        assertThat(figures).as("figures pushed on /topic/site.RZZ01").isNotNull();
        assertThat(figures).containsEntry("openBeds", 200);
        assertThat(errors.frame).isNotDone();
        session.disconnect();
    }

    @Test
    void aSubscriptionOutsideTheUsersSitesIsRefused() throws Exception {
        store.write(occupancy("RZZ02", AT_1400, 250));
        Errors errors = new Errors();
        StompSession session = connect("northgate", errors);
        BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        session.subscribe("/topic/site.RZZ02", new Collect(received));

        String message = errors.frame.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(message)
                .satisfiesAnyOf(
                        m -> assertThat(m).contains("/topic/site.RZZ02"),
                        m -> assertThat(m).startsWith(CLOSED));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (session.isConnected() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(session.isConnected()).as("closed by the server").isFalse();
        assertThat(received).isEmpty();
    }

    @Test
    void anAdminChangeClosesTheUsersConnectionsAndTheNextOneHasTheNewSites() throws Exception {
        Account before =
                accounts.list().stream()
                        .filter(a -> a.username().equals("northgate"))
                        .findFirst()
                        .orElseThrow();
        Errors errors = new Errors();
        StompSession session = connect("northgate", errors);
        session.subscribe("/topic/site.RZZ01", new Collect(new LinkedBlockingQueue<>()));
        try {
            accounts.update("northgate", before.roles(), SiteScope.only(List.of("RZZ01", "RZZ02")));

            assertThat(errors.frame.get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .as("the open connection is closed")
                    .startsWith(CLOSED);
            store.write(occupancy("RZZ02", AT_1405, 252));
            BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
            StompSession again = connect("northgate", new Errors());
            again.subscribe("/topic/site.RZZ02", new Collect(received));
            assertThat(received.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                    .as("figures of the newly allowed site")
                    .containsEntry("occupiedBeds", 252);
            again.disconnect();
        } finally {
            accounts.update("northgate", before.roles(), before.scope(), before.enabled());
        }
    }

    @Test
    void aHandshakeWithoutCredentialsIsRefused() {
        CompletableFuture<StompSession> connecting =
                client.connectAsync(
                        "ws://localhost:" + port + "/ws",
                        new WebSocketHttpHeaders(),
                        new StompSessionHandlerAdapter() {});

        assertThatThrownBy(() -> connecting.get(WAIT_SECONDS, TimeUnit.SECONDS))
                .hasMessageContaining("401");
    }

    private StompSession connect(String user, Errors errors) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        return client.connectAsync("ws://localhost:" + port + "/ws", headers, errors)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static MetricsUpdate occupancy(String site, long asOf, int occupied) {
        return new MetricsUpdate(
                MetricsUpdate.SITE,
                site,
                "occupancy",
                asOf,
                Map.of("occupiedBeds", occupied, "openBeds", 200));
    }

    /** Completes with the message of the first STOMP ERROR frame. */
    private static final class Errors extends StompSessionHandlerAdapter {
        final CompletableFuture<String> frame = new CompletableFuture<>();

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            frame.complete(String.valueOf(headers.getFirst("message")));
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            // The server closes the connection right after the ERROR frame; when the frame is
            // still queued behind another send, the close can overtake it (seen once in a full
            // run). The refusal stands either way.
            frame.complete(CLOSED + exception);
        }
    }

    private record Collect(BlockingQueue<Map<String, Object>> into) implements StompFrameHandler {
        @Override
        public Type getPayloadType(StompHeaders headers) {
            return Map.class;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handleFrame(StompHeaders headers, Object payload) {
            into.add((Map<String, Object>) payload);
        }
    }
}
