package org.flowboard.jobs.alerts;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.Alert;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Keyed by site, over its occupancy figures: alerts once each time occupancy passes 92% and 95% on
 * the way up. Falling back below a threshold re-arms it, so a site hovering around it alerts again
 * only after it has really eased.
 */
class OccupancyAlertFunction extends KeyedProcessFunction<String, MetricsUpdate, Alert> {

    static final double HIGH = 92.0;
    static final double CRITICAL = 95.0;

    private final Ics ics;
    private transient ValueState<Integer> level;
    private transient ValueState<Long> latest;

    OccupancyAlertFunction(Ics ics) {
        this.ics = ics;
    }

    static boolean isSiteOccupancy(MetricsUpdate update) {
        return MetricsUpdate.SITE.equals(update.scope()) && "occupancy".equals(update.group());
    }

    static int levelOf(double pct) {
        return pct > CRITICAL ? 2 : pct > HIGH ? 1 : 0;
    }

    @Override
    public void open(OpenContext context) {
        level = getRuntimeContext().getState(new ValueStateDescriptor<>("level", Types.INT));
        latest = getRuntimeContext().getState(new ValueStateDescriptor<>("latest", Types.LONG));
    }

    @Override
    public void processElement(MetricsUpdate update, Context ctx, Collector<Alert> out)
            throws Exception {
        if (!(update.fields().get("occupancyPct") instanceof Number pct)
                || isOlderThanSeen(update)) {
            return;
        }
        latest.update(update.asOf());
        int before = level.value() == null ? 0 : level.value();
        int now = levelOf(pct.doubleValue());
        level.update(now);
        if (before < 1 && now >= 1) {
            out.collect(alert(update, Alert.OCCUPANCY_OVER_92, HIGH, pct.doubleValue()));
        }
        if (before < 2 && now >= 2) {
            out.collect(alert(update, Alert.OCCUPANCY_OVER_95, CRITICAL, pct.doubleValue()));
        }
    }

    /** Figures can overtake each other on the way here; an older one must not reset the level. */
    private boolean isOlderThanSeen(MetricsUpdate update) throws Exception {
        return latest.value() != null && update.asOf() < latest.value();
    }

    private Alert alert(MetricsUpdate update, String type, double threshold, double pct) {
        String siteName = ics.site(update.id()).map(s -> s.name()).orElse(update.id());
        Integer occupied = integer(update.fields().get("occupiedBeds"));
        Integer open = integer(update.fields().get("openBeds"));
        String message =
                siteName
                        + " bed occupancy is "
                        + pct
                        + "%, over "
                        + (int) threshold
                        + "% ("
                        + occupied
                        + " of "
                        + open
                        + " open general and acute beds)";
        return new Alert(
                type, update.id(), update.asOf(), message, null, null, null, pct, occupied, open);
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }
}
