package org.flowboard.jobs.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.ics.EscalationTable;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Keyed by the ICS code, over its acute sites' {@code escalation} groups: the ICS score and level
 * by the table's method, sent on each site change. Only escalation changes reach it, so one task
 * for the whole ICS is enough.
 */
class IcsEscalationFunction extends KeyedProcessFunction<String, MetricsUpdate, MetricsUpdate> {

    private final EscalationTable table;
    private final List<String> acuteSites;
    private transient MapState<String, Double> scores;
    private transient MapState<String, Integer> openBeds;
    private transient MapState<String, Long> asOfs;

    IcsEscalationFunction(EscalationTable table, List<String> acuteSites) {
        this.table = table;
        this.acuteSites = List.copyOf(acuteSites);
    }

    static boolean isSiteEscalation(MetricsUpdate update) {
        return MetricsUpdate.SITE.equals(update.scope())
                && SiteEscalationFunction.GROUP.equals(update.group());
    }

    @Override
    public void open(OpenContext context) {
        scores =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("scores", Types.STRING, Types.DOUBLE));
        openBeds =
                getRuntimeContext()
                        .getMapState(new MapStateDescriptor<>("openBeds", Types.STRING, Types.INT));
        asOfs =
                getRuntimeContext()
                        .getMapState(new MapStateDescriptor<>("asOf", Types.STRING, Types.LONG));
    }

    @Override
    public void processElement(MetricsUpdate update, Context ctx, Collector<MetricsUpdate> out)
            throws Exception {
        Long seen = asOfs.get(update.id());
        if (seen != null && update.asOf() < seen) {
            return;
        }
        asOfs.put(update.id(), update.asOf());
        Map<?, ?> opel = (Map<?, ?>) update.fields().get(EscalationScore.FIELD);
        if (opel != null && opel.get("score") instanceof Number score) {
            scores.put(update.id(), score.doubleValue());
        } else {
            scores.remove(update.id());
        }
        openBeds.put(update.id(), openBedsOf(opel));
        Map<String, EscalationScore.SiteScore> sites = new LinkedHashMap<>();
        long latest = Long.MIN_VALUE;
        for (String site : acuteSites) {
            Integer beds = openBeds.get(site);
            sites.put(
                    site, new EscalationScore.SiteScore(scores.get(site), beds == null ? 0 : beds));
            Long asOf = asOfs.get(site);
            latest = asOf == null ? latest : Math.max(latest, asOf);
        }
        out.collect(
                new MetricsUpdate(
                        MetricsUpdate.ICS,
                        ctx.getCurrentKey(),
                        SiteEscalationFunction.GROUP,
                        latest,
                        Map.of(EscalationScore.FIELD, EscalationScore.ics(table, sites))));
    }

    /** The site's open beds as its occupancy parameter saw them; 0 when it has none yet. */
    private static int openBedsOf(Map<?, ?> opel) {
        return opel != null && opel.get("openBeds") instanceof Number n ? n.intValue() : 0;
    }
}
