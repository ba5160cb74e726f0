package org.flowboard.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Picks the figures at an instant T out of the updates of a bounded run of {@link
 * FlowMetrics#defineWorkflow(org.apache.flink.streaming.api.datastream.DataStream,
 * org.flowboard.ics.Ics, long)} with as-of T.
 */
public final class MetricsAtInstant {

    private MetricsAtInstant() {}

    /**
     * Per scope, id and group, the last update with {@code asOf} equal to T, in the order given
     * (one task emits every update of a scope, so the order received is the order emitted). A scope
     * with none had no state left at T: all its figures are zero.
     *
     * @throws IllegalStateException if an update is after T: the run read events after T, or
     *     scheduled a timer after it
     */
    public static List<MetricsUpdate> latest(List<MetricsUpdate> updates, long t) {
        Map<String, MetricsUpdate> atT = new LinkedHashMap<>();
        for (MetricsUpdate update : updates) {
            if (update.asOf() > t) {
                throw new IllegalStateException(
                        "update after the as-of instant "
                                + t
                                + ": "
                                + update.scope()
                                + " "
                                + update.id()
                                + " "
                                + update.group()
                                + " at "
                                + update.asOf());
            }
            if (update.asOf() == t) {
                atT.put(update.scope() + "|" + update.id() + "|" + update.group(), update);
            }
        }
        return new ArrayList<>(atT.values());
    }
}
