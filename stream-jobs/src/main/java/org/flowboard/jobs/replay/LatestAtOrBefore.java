package org.flowboard.jobs.replay;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Per scope, id and group, the update with the greatest asOf at or before T (ties: the later one,
 * as a scope's updates arrive in order), emitted once when the input ends (the final watermark
 * fires the timer at T).
 */
final class LatestAtOrBefore extends KeyedProcessFunction<String, MetricsUpdate, MetricsUpdate> {

    private final long asOf;
    private transient ValueState<MetricsUpdate> latest;

    LatestAtOrBefore(long asOf) {
        this.asOf = asOf;
    }

    @Override
    public void open(OpenContext context) {
        latest =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "latest", MetricsUpdateTypeInfo.INSTANCE));
    }

    @Override
    public void processElement(MetricsUpdate update, Context ctx, Collector<MetricsUpdate> out)
            throws Exception {
        MetricsUpdate held = latest.value();
        if (update.asOf() <= asOf && (held == null || update.asOf() >= held.asOf())) {
            if (held == null) {
                ctx.timerService().registerEventTimeTimer(asOf);
            }
            latest.update(update);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<MetricsUpdate> out)
            throws Exception {
        MetricsUpdate held = latest.value();
        if (held != null) {
            out.collect(held);
        }
        latest.clear();
    }

    /** One figure set: scope, id and metric group. */
    static final class ScopeKey implements KeySelector<MetricsUpdate, String> {
        @Override
        public String getKey(MetricsUpdate update) {
            return update.scope() + "|" + update.id() + "|" + update.group();
        }
    }
}
