package org.flowboard.jobs.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.metrics.Alert;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Keyed by scope and id, over OPEL results: alerts once each time a site's or the ICS's level
 * changes, up or down, naming the parameters that score highest. The first level is alerted only
 * above OPEL 1, so a quiet start says nothing.
 */
class EscalationAlertFunction extends KeyedProcessFunction<String, MetricsUpdate, Alert> {

    private final Ics ics;
    private transient ValueState<Integer> level;
    private transient ValueState<Long> latest;

    EscalationAlertFunction(Ics ics) {
        this.ics = ics;
    }

    static boolean isEscalation(MetricsUpdate update) {
        return "escalation".equals(update.group());
    }

    static String keyOf(MetricsUpdate update) {
        return update.scope() + "|" + update.id();
    }

    @Override
    public void open(OpenContext context) {
        level = getRuntimeContext().getState(new ValueStateDescriptor<>("level", Types.INT));
        latest = getRuntimeContext().getState(new ValueStateDescriptor<>("latest", Types.LONG));
    }

    @Override
    public void processElement(MetricsUpdate update, Context ctx, Collector<Alert> out)
            throws Exception {
        if (latest.value() != null && update.asOf() < latest.value()) {
            return;
        }
        latest.update(update.asOf());
        Map<?, ?> opel = (Map<?, ?>) update.fields().get("opel");
        if (opel == null || !(opel.get("level") instanceof Number now)) {
            return;
        }
        Integer before = level.value();
        int current = now.intValue();
        if (isChange(before, current)) {
            out.collect(alert(update, opel, before, current));
        }
        level.update(current);
    }

    static boolean isChange(Integer before, int now) {
        return before == null ? now > 1 : before != now;
    }

    private Alert alert(MetricsUpdate update, Map<?, ?> opel, Integer before, int now) {
        String name =
                MetricsUpdate.ICS.equals(update.scope())
                        ? ics.name()
                        : ics.site(update.id()).map(Site::name).orElse(update.id());
        StringBuilder message = new StringBuilder(name).append(" is now OPEL ").append(now);
        if (before != null) {
            message.append(" (was OPEL ").append(before).append(')');
        }
        message.append(", score ").append(opel.get("score"));
        List<String> drivers = drivers(opel);
        if (!drivers.isEmpty()) {
            message.append(": ").append(String.join(", ", drivers));
        }
        message.append(" [").append(opel.get("table")).append(']');
        return new Alert(
                Alert.ESCALATION_CHANGED,
                update.id(),
                update.asOf(),
                message.toString(),
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                before);
    }

    /** The parameters scoring 3 or 4, as "label value (score n)". */
    static List<String> drivers(Map<?, ?> opel) {
        List<String> drivers = new ArrayList<>();
        if (opel.get("parameters") instanceof List<?> parameters) {
            for (Object item : parameters) {
                if (item instanceof Map<?, ?> p
                        && p.get("score") instanceof Number score
                        && score.intValue() >= 3) {
                    drivers.add(p.get("label") + " " + p.get("value") + " (score " + score + ")");
                }
            }
        }
        return drivers;
    }
}
