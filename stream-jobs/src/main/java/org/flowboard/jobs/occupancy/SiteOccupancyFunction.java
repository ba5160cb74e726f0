package org.flowboard.jobs.occupancy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.CapacityDetail;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.Ward;
import org.flowboard.jobs.Horizon;
import org.flowboard.metrics.MetricsUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Keyed by site: inpatients per ward (from the encounters' deltas) and the latest capacity event
 * per ward, turned into the site's occupancy every time either changes. State is one counter and
 * one capacity per ward, so it stays small whatever the number of patients.
 */
public final class SiteOccupancyFunction
        extends KeyedCoProcessFunction<String, OccupancyDelta, FlowEvent, OccupancyFigures> {

    private final Ics ics;
    private final long horizon;

    private transient MapState<String, Integer> inpatientsByWard;
    private transient MapState<String, WardCapacity> capacityByWard;
    private transient ValueState<Long> asOf;

    public SiteOccupancyFunction(Ics ics) {
        this(ics, Horizon.LIVE);
    }

    /**
     * @param horizon the replay's as-of instant, where the figures are reported once more; {@link
     *     Horizon#LIVE} for none
     */
    public SiteOccupancyFunction(Ics ics, long horizon) {
        this.ics = ics;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext openContext) {
        inpatientsByWard =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "inpatients-by-ward", Types.STRING, Types.INT));
        capacityByWard =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "capacity-by-ward",
                                        Types.STRING,
                                        TypeInformation.of(WardCapacity.class)));
        asOf = getRuntimeContext().getState(new ValueStateDescriptor<>("as-of", Types.LONG));
    }

    @Override
    public void processElement1(OccupancyDelta delta, Context ctx, Collector<OccupancyFigures> out)
            throws Exception {
        if (delta.moves() && delta.fromWard() != null) {
            add(delta.fromWard(), -1);
        }
        if (delta.moves() && delta.toWard() != null) {
            add(delta.toWard(), 1);
        }
        boolean later = advanceAsOf(delta.eventTime());
        if (Horizon.reportsEveryChange(horizon) && (delta.moves() || later)) {
            out.collect(figures(ctx.getCurrentKey()));
        }
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    @Override
    public void processElement2(FlowEvent event, Context ctx, Collector<OccupancyFigures> out)
            throws Exception {
        CapacityDetail detail = Objects.requireNonNull(event.capacity());
        WardCapacity latest = capacityByWard.get(detail.ward());
        if (isOlder(event, latest)) {
            return;
        }
        capacityByWard.put(
                detail.ward(),
                new WardCapacity(detail.openCore(), detail.openEscalation(), event.eventTime()));
        advanceAsOf(event.eventTime());
        if (Horizon.reportsEveryChange(horizon)) {
            out.collect(figures(ctx.getCurrentKey()));
        }
        Horizon.scheduleReport(ctx.timerService(), horizon);
    }

    /** The replay's as-of instant: every event up to it is in; report the figures at it. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OccupancyFigures> out)
            throws Exception {
        asOf.update(timestamp);
        out.collect(figures(ctx.getCurrentKey()));
    }

    /**
     * Not after the latest applied. One at the same time is the same feed event again (same kind,
     * ward and time: DESIGN.md section 6), applied once: the first received stands.
     */
    private static boolean isOlder(FlowEvent event, WardCapacity latest) {
        return latest != null && event.eventTime() <= latest.eventTime();
    }

    private void add(String wardCode, int change) throws Exception {
        Integer count = inpatientsByWard.get(wardCode);
        int updated = (count == null ? 0 : count) + change;
        if (updated == 0) {
            inpatientsByWard.remove(wardCode);
        } else {
            inpatientsByWard.put(wardCode, updated);
        }
    }

    /** True if the event time is later than any applied before. */
    private boolean advanceAsOf(long eventTime) throws Exception {
        Long current = asOf.value();
        if (current == null || eventTime > current) {
            asOf.update(eventTime);
            return true;
        }
        return false;
    }

    private OccupancyFigures figures(String siteCode) throws Exception {
        Site site = ics.site(siteCode).orElse(null);
        Map<String, WardFigures> wards = new LinkedHashMap<>();
        int open = 0;
        int escalation = 0;
        int occupied = 0;
        if (site != null) {
            for (Ward ward : site.wards()) {
                WardCapacity capacity = capacityByWard.get(ward.code());
                WardFigures figures = wardFigures(ward, capacity);
                wards.put(ward.code(), figures);
                if (ward.countsForOccupancy()) {
                    open += figures.openBeds();
                    // A ward with no capacity event has no escalation beds open.
                    escalation += capacity == null ? 0 : capacity.openEscalation();
                    occupied += figures.occupiedBeds();
                }
            }
        }
        int unknown = 0;
        for (Map.Entry<String, Integer> entry : inpatientsByWard.entries()) {
            if (site == null || site.ward(entry.getKey()).isEmpty()) {
                unknown += entry.getValue();
            }
        }
        return new OccupancyFigures(
                MetricsUpdate.SITE,
                siteCode,
                asOf.value(),
                open,
                escalation,
                occupied,
                OccupancyFigures.percent(occupied, open),
                unknown,
                wards);
    }

    /** A ward with no capacity event has its core beds from the ICS file and no escalation. */
    private WardFigures wardFigures(Ward ward, @Nullable WardCapacity capacity) throws Exception {
        int open = capacity == null ? ward.coreBeds() : capacity.openBeds();
        Integer inpatients = inpatientsByWard.get(ward.code());
        int occupied = inpatients == null ? 0 : inpatients;
        return new WardFigures(open, occupied, OccupancyFigures.percent(occupied, open));
    }
}
