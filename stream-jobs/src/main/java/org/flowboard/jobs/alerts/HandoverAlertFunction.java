package org.flowboard.jobs.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.Alert;

/**
 * Keyed by site and incident: alerts once when a crew has waited over 30 minutes, and once over 60,
 * to hand over (the thresholds of DESIGN.md section 6), in event time: a timer at arrival + 30 and
 * + 60 minutes fires when the watermark passes it, and alerts unless the handover came first.
 */
class HandoverAlertFunction extends KeyedProcessFunction<String, FlowEvent, Alert> {

    static final Duration OVER_30 = Duration.ofMinutes(30);
    static final Duration OVER_60 = Duration.ofMinutes(60);
    // After this long nothing more can be alerted for an incident.
    static final Duration RETENTION = Duration.ofHours(24);

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Ics ics;
    private transient ValueState<Long> arrived;
    private transient ValueState<Long> handedOver;
    private transient ValueState<String> callSign;
    private transient ValueState<Integer> alerted;
    private transient ValueState<Long> cleanup;

    HandoverAlertFunction(Ics ics) {
        this.ics = ics;
    }

    static String keyOf(FlowEvent event) {
        return event.site() + "|" + Objects.requireNonNull(event.ambulance()).incident();
    }

    @Override
    public void open(OpenContext context) {
        arrived = getRuntimeContext().getState(new ValueStateDescriptor<>("arrived", Types.LONG));
        handedOver =
                getRuntimeContext().getState(new ValueStateDescriptor<>("handed-over", Types.LONG));
        callSign =
                getRuntimeContext().getState(new ValueStateDescriptor<>("call-sign", Types.STRING));
        alerted = getRuntimeContext().getState(new ValueStateDescriptor<>("alerted", Types.INT));
        cleanup = getRuntimeContext().getState(new ValueStateDescriptor<>("cleanup", Types.LONG));
    }

    @Override
    public void processElement(FlowEvent event, Context ctx, Collector<Alert> out)
            throws Exception {
        callSign.update(event.ambulance().callSign());
        if (event.kind() == EventKind.AMBULANCE_ARRIVED) {
            arrived.update(event.eventTime());
            ctx.timerService().registerEventTimeTimer(event.eventTime() + OVER_30.toMillis());
            ctx.timerService().registerEventTimeTimer(event.eventTime() + OVER_60.toMillis());
        } else if (event.kind() == EventKind.AMBULANCE_HANDED_OVER) {
            handedOver.update(event.eventTime());
        }
        Long pending = cleanup.value();
        long wanted =
                Math.max(pending == null ? 0 : pending, event.eventTime() + RETENTION.toMillis());
        if (pending == null || pending != wanted) {
            if (pending != null) {
                ctx.timerService().deleteEventTimeTimer(pending);
            }
            ctx.timerService().registerEventTimeTimer(wanted);
            cleanup.update(wanted);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        if (Objects.equals(cleanup.value(), timestamp)) {
            arrived.clear();
            handedOver.clear();
            callSign.clear();
            alerted.clear();
            cleanup.clear();
            return;
        }
        Long arrival = arrived.value();
        if (arrival == null) {
            return;
        }
        if (timestamp == arrival + OVER_30.toMillis()) {
            alertIfStillWaiting(
                    ctx.getCurrentKey(), arrival, timestamp, 1, Alert.HANDOVER_OVER_30, 30, out);
        } else if (timestamp == arrival + OVER_60.toMillis()) {
            alertIfStillWaiting(
                    ctx.getCurrentKey(), arrival, timestamp, 2, Alert.HANDOVER_OVER_60, 60, out);
        }
    }

    private void alertIfStillWaiting(
            String key,
            long arrival,
            long at,
            int bit,
            String type,
            int minutes,
            Collector<Alert> out)
            throws Exception {
        int sent = alerted.value() == null ? 0 : alerted.value();
        Long handover = handedOver.value();
        boolean stillWaiting = handover == null || handover > at;
        if (!stillWaiting || (sent & bit) != 0) {
            return;
        }
        alerted.update(sent | bit);
        String site = key.substring(0, key.indexOf('|'));
        String incident = key.substring(key.indexOf('|') + 1);
        String siteName = ics.site(site).map(s -> s.name()).orElse(site);
        ZoneId zone = ics.timezone();
        String message =
                callSign.value()
                        + " has waited over "
                        + minutes
                        + " minutes to hand over at "
                        + siteName
                        + " (arrived "
                        + HH_MM.format(Instant.ofEpochMilli(arrival).atZone(zone))
                        + ")";
        out.collect(
                new Alert(
                        type,
                        site,
                        at,
                        message,
                        incident,
                        callSign.value(),
                        arrival,
                        null,
                        null,
                        null));
    }
}
