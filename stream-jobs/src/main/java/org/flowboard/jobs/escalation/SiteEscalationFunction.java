package org.flowboard.jobs.escalation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.ics.EscalationTable;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Keyed by acute site, over its occupancy, handover and flow figures: keeps the latest of the
 * figures the OPEL table reads and sends the site's {@code escalation} group whenever its result
 * changes. A site has a handful of figures, so its state never grows.
 */
class SiteEscalationFunction extends KeyedProcessFunction<String, MetricsUpdate, MetricsUpdate> {

    static final String GROUP = "escalation";

    /** Per group, the figures of it that a table can read. */
    static final Map<String, List<String>> FIGURES_BY_GROUP =
            Map.of(
                    "occupancy",
                            List.of("occupancyPct", "occupiedBeds", "openBeds", "escalationBeds"),
                    "handover",
                            List.of(
                                    "meanHandoverMinutesToday",
                                    "longestWaitMinutes",
                                    "ambulancesWaiting",
                                    "handoversOver60Today",
                                    "hoursLostToday"),
                    "flow", List.of("nctr"));

    private final EscalationTable table;
    private transient MapState<String, Double> figures;
    private transient MapState<String, Long> groupAsOf;
    private transient ValueState<String> lastSent;

    SiteEscalationFunction(EscalationTable table) {
        this.table = table;
    }

    static boolean feedsEscalation(MetricsUpdate update) {
        return MetricsUpdate.SITE.equals(update.scope())
                && FIGURES_BY_GROUP.containsKey(update.group());
    }

    @Override
    public void open(OpenContext context) {
        figures =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("figures", Types.STRING, Types.DOUBLE));
        groupAsOf =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("groupAsOf", Types.STRING, Types.LONG));
        lastSent =
                getRuntimeContext().getState(new ValueStateDescriptor<>("lastSent", Types.STRING));
    }

    @Override
    public void processElement(MetricsUpdate update, Context ctx, Collector<MetricsUpdate> out)
            throws Exception {
        if (isOlderThanSeen(update)) {
            return;
        }
        groupAsOf.put(update.group(), update.asOf());
        for (String name : FIGURES_BY_GROUP.get(update.group())) {
            if (update.fields().get(name) instanceof Number n) {
                figures.put(name, n.doubleValue());
            } else {
                figures.remove(name);
            }
        }
        Map<String, Object> current = new HashMap<>();
        for (Map.Entry<String, Double> figure : figures.entries()) {
            current.put(figure.getKey(), figure.getValue());
        }
        Map<String, Object> opel = EscalationScore.site(table, current);
        String signature = opel.toString();
        if (signature.equals(lastSent.value())) {
            return;
        }
        lastSent.update(signature);
        out.collect(
                new MetricsUpdate(
                        MetricsUpdate.SITE,
                        update.id(),
                        GROUP,
                        latestAsOf(),
                        Map.of(EscalationScore.FIELD, opel)));
    }

    /** Groups reach here by different paths, and one group's figures can overtake each other. */
    private boolean isOlderThanSeen(MetricsUpdate update) throws Exception {
        Long seen = groupAsOf.get(update.group());
        return seen != null && update.asOf() < seen;
    }

    private long latestAsOf() throws Exception {
        long latest = Long.MIN_VALUE;
        for (Long asOf : groupAsOf.values()) {
            latest = Math.max(latest, asOf);
        }
        return latest;
    }
}
