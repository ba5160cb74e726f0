package org.flowboard.kafka;

import java.util.List;
import org.flowboard.events.FlowEvent;
import org.flowboard.metrics.Alert;
import org.flowboard.metrics.MetricsUpdate;

/** Every topic FlowBoard uses, each with its serde (one registry, so no two places disagree). */
public final class Topics {

    /** Canonical events, keyed by site. */
    public static final Topic<FlowEvent> EVENTS =
            new Topic<>("flow.events", new JsonSerde<>(FlowEvent.class));

    /** Every changed metric, keyed by scope id (site code, or the ICS code). */
    public static final Topic<MetricsUpdate> METRICS =
            new Topic<>("flow.metrics", new JsonSerde<>(MetricsUpdate.class));

    /** Threshold crossings, keyed by site. */
    public static final Topic<Alert> ALERTS =
            new Topic<>("flow.alerts", new JsonSerde<>(Alert.class));

    /** Raw bytes of messages a connector refused, with the reason in headers. */
    public static final String DEADLETTER = "flow.deadletter";

    public static final List<String> ALL =
            List.of(EVENTS.name(), METRICS.name(), ALERTS.name(), DEADLETTER);

    private Topics() {}
}
