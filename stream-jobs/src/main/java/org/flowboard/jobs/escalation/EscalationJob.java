package org.flowboard.jobs.escalation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.ics.EscalationTable;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.SiteKind;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.metrics.MetricsUpdate;

/**
 * OPEL per acute site and for the ICS, from the figures the other jobs send, by the ICS file's
 * table; nothing when the file has none.
 */
public final class EscalationJob {

    private EscalationJob() {}

    /** The {@code escalation} groups; an empty stream when the ICS has no table. */
    public static Optional<DataStream<MetricsUpdate>> defineWorkflow(
            DataStream<MetricsUpdate> metrics, Ics ics) {
        if (ics.escalation() == null) {
            return Optional.empty();
        }
        EscalationTable table = ics.escalation();
        List<String> acute = acuteSites(ics);
        DataStream<MetricsUpdate> sites =
                metrics.filter(
                                update ->
                                        SiteEscalationFunction.feedsEscalation(update)
                                                && acute.contains(update.id()))
                        .name("escalation: acute site figures")
                        .keyBy(MetricsUpdate::id)
                        .process(new SiteEscalationFunction(table))
                        .returns(MetricsUpdateTypeInfo.INSTANCE)
                        .name("escalation: site OPEL")
                        .uid("escalation-site");
        DataStream<MetricsUpdate> icsLevel =
                sites.keyBy(update -> ics.code())
                        .process(new IcsEscalationFunction(table, acute))
                        .returns(MetricsUpdateTypeInfo.INSTANCE)
                        .name("escalation: ICS OPEL")
                        .uid("escalation-ics");
        return Optional.of(sites.union(icsLevel));
    }

    /**
     * The escalation groups at T from the other groups' figures at T, for a replay's output: the
     * same function as the live operator, over the completed figures (quiet sites included).
     *
     * @param figuresBySite per acute site, its figures of all groups at T
     */
    public static List<MetricsUpdate> atInstant(
            Ics ics, Map<String, Map<String, Object>> figuresBySite, long t) {
        if (ics.escalation() == null) {
            return List.of();
        }
        EscalationTable table = ics.escalation();
        Map<String, EscalationScore.SiteScore> scores = new java.util.LinkedHashMap<>();
        List<MetricsUpdate> updates = new java.util.ArrayList<>();
        for (String site : acuteSites(ics)) {
            Map<String, Object> opel =
                    EscalationScore.site(table, figuresBySite.getOrDefault(site, Map.of()));
            updates.add(
                    new MetricsUpdate(
                            MetricsUpdate.SITE,
                            site,
                            SiteEscalationFunction.GROUP,
                            t,
                            Map.of(EscalationScore.FIELD, opel)));
            Object beds = opel.get("openBeds");
            scores.put(
                    site,
                    new EscalationScore.SiteScore(
                            opel.get("score") instanceof Number n ? n.doubleValue() : null,
                            beds instanceof Number b ? b.intValue() : 0));
        }
        updates.add(
                new MetricsUpdate(
                        MetricsUpdate.ICS,
                        ics.code(),
                        SiteEscalationFunction.GROUP,
                        t,
                        Map.of(EscalationScore.FIELD, EscalationScore.ics(table, scores))));
        return updates;
    }

    static List<String> acuteSites(Ics ics) {
        return ics.sites().stream()
                .filter(site -> site.kind() == SiteKind.ACUTE)
                .map(Site::code)
                .toList();
    }
}
