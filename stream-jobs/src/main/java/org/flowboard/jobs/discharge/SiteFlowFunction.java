package org.flowboard.jobs.discharge;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.jobs.Horizon;
import org.flowboard.jobs.LocalDays;

/**
 * Keyed by site: the latest {@link EncounterFlow} of each encounter that still counts, and the
 * site's flow figures at the latest event time seen, again at each local midnight (when "today"
 * starts afresh and stays grow a day), and at a replay's as-of instant.
 */
final class SiteFlowFunction extends KeyedProcessFunction<String, EncounterFlow, SiteFlow> {

    private final ZoneId zone;
    private final long horizon;

    private transient MapState<String, EncounterFlow> encounters;
    private transient LocalDays days;
    private transient ValueState<Long> asOf;

    /**
     * @param horizon a replay's as-of instant, where the figures are reported once more and after
     *     which no midnight is scheduled; {@link Horizon#LIVE} for none
     */
    SiteFlowFunction(ZoneId zone, long horizon) {
        this.zone = zone;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext openContext) {
        encounters =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "encounters",
                                        Types.STRING,
                                        TypeInformation.of(EncounterFlow.class)));
        asOf = getRuntimeContext().getState(new ValueStateDescriptor<>("as-of", Types.LONG));
        days = new LocalDays(zone);
    }

    @Override
    public void processElement(EncounterFlow flow, Context ctx, Collector<SiteFlow> out)
            throws Exception {
        encounters.put(flow.encounter(), flow);
        Long previous = asOf.value();
        long t = previous == null ? flow.eventTime() : Math.max(previous, flow.eventTime());
        asOf.update(t);
        if (Horizon.reportsEveryChange(horizon)) {
            out.collect(FlowFigures.at(ctx.getCurrentKey(), encounters.values(), t, zone));
        }
        scheduleMidnightAfter(t, ctx);
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SiteFlow> out)
            throws Exception {
        Long previous = asOf.value();
        long t = previous == null ? timestamp : Math.max(previous, timestamp);
        // A midnight already passed by a later event has nothing new to say; the as-of instant is
        // reported whatever.
        boolean newDay = previous == null || timestamp > previous;
        if (timestamp == horizon || (Horizon.reportsEveryChange(horizon) && newDay)) {
            out.collect(FlowFigures.at(ctx.getCurrentKey(), encounters.values(), timestamp, zone));
        }
        forgetSpent(t);
        if (encounters.isEmpty()) {
            // Nobody left who could count: the site leaves no state behind.
            asOf.clear();
        } else {
            asOf.update(t);
            scheduleMidnightAfter(t, ctx);
        }
    }

    private void forgetSpent(long t) throws Exception {
        long startOfDay = days.startOf(t);
        List<String> spent = new ArrayList<>();
        for (EncounterFlow encounter : encounters.values()) {
            if (encounter.isSpentAt(startOfDay)) {
                spent.add(encounter.encounter());
            }
        }
        for (String encounter : spent) {
            encounters.remove(encounter);
        }
    }

    private void scheduleMidnightAfter(long t, Context ctx) {
        long midnight = days.startOfNext(t);
        if (Horizon.allows(horizon, midnight)) {
            ctx.timerService().registerEventTimeTimer(midnight);
        }
    }
}
