package org.flowboard.jobs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.jobs.discharge.FlowJob;
import org.flowboard.jobs.escalation.EscalationJob;
import org.flowboard.jobs.handover.HandoverJob;
import org.flowboard.jobs.occupancy.OccupancyJob;
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
                atT.put(key(update.scope(), update.id(), update.group()), update);
            }
        }
        return new ArrayList<>(atT.values());
    }

    /**
     * Every site of the ICS file, and the ICS, in every group at T: the {@link #latest} updates,
     * and for a scope that no event of a group ever reached (so it never reported), its figures
     * with no events (open core beds from the file, zero counts). What a replay writes out.
     */
    public static List<MetricsUpdate> complete(Ics ics, List<MetricsUpdate> updates, long t) {
        Map<String, MetricsUpdate> atT = new LinkedHashMap<>();
        for (MetricsUpdate update : latest(updates, t)) {
            atT.put(key(update.scope(), update.id(), update.group()), update);
        }
        ZoneId zone = ics.timezone();
        List<MetricsUpdate> all = new ArrayList<>();
        Map<String, Map<String, Object>> figuresBySite = new LinkedHashMap<>();
        for (Site site : ics.sites()) {
            String id = site.code();
            List<MetricsUpdate> groups =
                    List.of(
                            or(atT, OccupancyJob.quietSite(site, t)),
                            or(atT, HandoverJob.quiet(MetricsUpdate.SITE, id, t, zone)),
                            or(atT, FlowJob.quiet(MetricsUpdate.SITE, id, t, zone)));
            all.addAll(groups);
            Map<String, Object> figures = new LinkedHashMap<>();
            groups.forEach(group -> figures.putAll(group.fields()));
            figuresBySite.put(id, figures);
        }
        all.add(or(atT, OccupancyJob.quietIcs(ics, t)));
        all.add(or(atT, HandoverJob.quiet(MetricsUpdate.ICS, ics.code(), t, zone)));
        all.add(or(atT, FlowJob.quiet(MetricsUpdate.ICS, ics.code(), t, zone)));
        // OPEL at T is a function of the other figures at T, quiet sites included.
        all.addAll(EscalationJob.atInstant(ics, figuresBySite, t));
        return all;
    }

    private static MetricsUpdate or(Map<String, MetricsUpdate> atT, MetricsUpdate quiet) {
        return atT.getOrDefault(key(quiet.scope(), quiet.id(), quiet.group()), quiet);
    }

    private static String key(String scope, String id, String group) {
        return scope + "|" + id + "|" + group;
    }
}
