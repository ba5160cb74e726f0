package org.flowboard.ics;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Integrated Care System FlowBoard watches: reference data loaded from an ICS file.
 *
 * @param escalation how its acute sites' OPEL is scored; null when the file has no table, and then
 *     no level is computed
 */
public record Ics(
        String code,
        String name,
        ZoneId timezone,
        List<Site> sites,
        @Nullable EscalationTable escalation)
        implements java.io.Serializable {

    public Ics {
        sites = List.copyOf(sites);
    }

    public Ics(String code, String name, ZoneId timezone, List<Site> sites) {
        this(code, name, timezone, sites, null);
    }

    public Optional<Site> site(String siteCode) {
        // A plain loop: every parsed message asks, and a stream per call shows in a bulk replay.
        for (Site site : sites) {
            if (site.code().equals(siteCode)) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }

    public Optional<EscalationTable> escalationTable() {
        return Optional.ofNullable(escalation);
    }
}
