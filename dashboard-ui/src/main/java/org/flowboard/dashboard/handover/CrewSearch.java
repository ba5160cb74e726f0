package org.flowboard.dashboard.handover;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds a vehicle among the crews waiting, by call sign: ignoring case and spaces, whole call sign
 * first, then call signs that start with what was typed (a gloved hand types the start).
 */
public final class CrewSearch {

    private CrewSearch() {}

    public static List<CrewWait> find(String query, Collection<SiteHandover> sites, Instant now) {
        String wanted = normal(query);
        List<CrewWait> matches = new ArrayList<>();
        if (wanted.isEmpty()) {
            return matches;
        }
        for (SiteHandover site : sites) {
            for (CrewWait crew : site.crewsAt(now)) {
                if (normal(crew.callSign()).startsWith(wanted)) {
                    matches.add(crew);
                }
            }
        }
        matches.sort(
                Comparator.comparing((CrewWait c) -> !normal(c.callSign()).equals(wanted))
                        .thenComparing(CrewWait::callSign));
        return matches;
    }

    private static String normal(String text) {
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
