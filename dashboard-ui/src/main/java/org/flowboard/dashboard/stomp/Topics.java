package org.flowboard.dashboard.stomp;

import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.MetricsUpdate;

/** The push topics and who may subscribe to them. */
final class Topics {

    static final String ICS = "/topic/ics";
    static final String SITE_PREFIX = "/topic/site.";

    private Topics() {}

    static String of(MetricsUpdate update) {
        return MetricsUpdate.ICS.equals(update.scope()) ? ICS : SITE_PREFIX + update.id();
    }

    /** The ICS topic for users who may see every site; a site topic for users of that site. */
    static boolean allowed(String destination, SiteScope scope, Ics ics) {
        if (ICS.equals(destination)) {
            return scope.allowsIcs();
        }
        if (destination != null && destination.startsWith(SITE_PREFIX)) {
            String site = destination.substring(SITE_PREFIX.length());
            return ics.site(site).isPresent() && scope.allows(site);
        }
        return false;
    }
}
