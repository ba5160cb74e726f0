package org.flowboard.dashboard.stomp;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flowboard.dashboard.live.LiveMetrics;
import org.flowboard.dashboard.live.PushCoalescer;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.Snapshot;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;

/**
 * Sends a topic's figures (the merged site or ICS object of {@code /api/v1/snapshot}) whenever they
 * change, and when someone subscribes, so a client needs no separate first read. Changes are
 * coalesced per topic to at most four sends a second.
 */
@Component
class FigurePublisher implements SmartLifecycle {

    static final Duration INTERVAL = Duration.ofMillis(250);

    private final LiveMetrics live;
    private final SimpMessagingTemplate template;
    private final Ics ics;
    private final Clock clock;
    private PushCoalescer<String, String> coalescer;
    private LiveMetrics.Listening listening;

    FigurePublisher(LiveMetrics live, SimpMessagingTemplate template, Ics ics, Clock clock) {
        this.live = live;
        this.template = template;
        this.ics = ics;
        this.clock = clock;
    }

    @Override
    public void start() {
        coalescer = live.coalescer(INTERVAL, topic -> topic, this::send);
        listening = live.listen(update -> coalescer.offer(Topics.of(update)));
    }

    @EventListener
    void subscribed(SessionSubscribeEvent event) {
        String destination = StompHeaderAccessor.wrap(event.getMessage()).getDestination();
        // The interceptor has already refused topics outside the user's sites.
        if (coalescer != null && destination != null && destination.startsWith("/topic/")) {
            coalescer.offer(destination);
        }
    }

    @SuppressWarnings("unchecked")
    private void send(List<String> topics) {
        Map<String, Object> snapshot = Snapshot.of(ics, live.latest(), clock.instant(), 0);
        Map<String, Object> sites = (Map<String, Object>) snapshot.get("sites");
        for (String topic : topics) {
            Object figures =
                    Topics.ICS.equals(topic)
                            ? snapshot.get("ics")
                            : sites.get(topic.substring(Topics.SITE_PREFIX.length()));
            if (figures != null) {
                template.convertAndSend(topic, figures);
            }
        }
    }

    @Override
    public void stop() {
        if (listening != null) {
            listening.close();
            coalescer.close();
            listening = null;
        }
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }

    @Override
    public int getPhase() {
        return -1;
    }
}
