package org.flowboard.ics;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The Integrated Care System FlowBoard watches: reference data loaded from an ICS file. */
public record Ics(String code, String name, ZoneId timezone, List<Site> sites)
        implements java.io.Serializable {

    public Ics {
        sites = List.copyOf(sites);
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
}
