package org.flowboard.jobs.handover;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.MapFunction;
import org.flowboard.metrics.MetricsUpdate;

/** Handover figures as the fields of DESIGN.md section 6 (group {@code handover}). */
final class HandoverMetrics implements MapFunction<SiteHandover, MetricsUpdate> {

    static final String GROUP = "handover";

    private final String scope;

    HandoverMetrics(String scope) {
        this.scope = scope;
    }

    @Override
    public MetricsUpdate map(SiteHandover figures) {
        return new MetricsUpdate(scope, figures.id(), GROUP, figures.asOf(), fields(figures));
    }

    static Map<String, Object> fields(SiteHandover f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ambulancesWaiting", f.ambulancesWaiting());
        fields.put("longestWaitMinutes", f.longestWaitMinutes());
        // The wall clock moves on between events: screens tick the longest wait on from this
        // instant.
        fields.put(
                "oldestWaitingSince",
                f.oldestWaitingSince() == null ? null : iso(f.oldestWaitingSince()));
        fields.put("handoversToday", f.handoversToday());
        fields.put(
                "meanHandoverMinutesToday",
                f.handoversToday() == 0
                        ? null
                        : oneDecimal(
                                f.handoverMillisToday(),
                                HandoverFigures.MINUTE * f.handoversToday()));
        fields.put("handoversOver30Today", f.handoversOver30Today());
        fields.put("handoversOver60Today", f.handoversOver60Today());
        fields.put("hoursLostToday", oneDecimal(f.millisLostToday(), 60 * HandoverFigures.MINUTE));
        if (!f.waiting().isEmpty()) {
            List<Map<String, Object>> crews = new ArrayList<>();
            for (WaitingCrew crew : f.waiting()) {
                crews.add(Map.of("callSign", crew.callSign(), "arrived", iso(crew.arrived())));
            }
            fields.put("waiting", crews);
        }
        return fields;
    }

    /**
     * numerator / denominator to one decimal, half up, in exact arithmetic: dividing in doubles
     * first can land just below a half (71.65 as 71.6499...) and round the wrong way.
     */
    static double oneDecimal(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
