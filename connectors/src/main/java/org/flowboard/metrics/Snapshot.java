package org.flowboard.metrics;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;

/**
 * The metrics document of DESIGN.md section 6: {@code {"asOf", "ics", "sites", "rejected"}}, every
 * site of the ICS present, the fields of all groups of a scope merged into one object.
 */
public final class Snapshot {

    private Snapshot() {}

    public static Map<String, Object> of(
            Ics ics, Collection<MetricsUpdate> updates, Instant asOf, long rejected) {
        Map<String, Map<String, Object>> sites = new LinkedHashMap<>();
        for (Site site : ics.sites()) {
            sites.put(site.code(), new LinkedHashMap<>());
        }
        Map<String, Object> icsFields = new LinkedHashMap<>();
        for (MetricsUpdate update : updates) {
            if (MetricsUpdate.ICS.equals(update.scope())) {
                icsFields.putAll(update.fields());
            } else if (MetricsUpdate.SITE.equals(update.scope())
                    && sites.containsKey(update.id())) {
                sites.get(update.id()).putAll(update.fields());
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", asOf.toString());
        doc.put("ics", icsFields);
        doc.put("sites", sites);
        doc.put("rejected", rejected);
        return doc;
    }
}
