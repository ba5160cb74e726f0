package org.flowboard.dashboard.flow;

import org.flowboard.metrics.MetricsUpdate;

/**
 * Where the flow view looks: the whole ICS, a site, or a ward of a site.
 *
 * @param site null for the ICS
 * @param ward null for the whole site
 */
public record FlowPlace(String site, String ward) {

    public static FlowPlace ics() {
        return new FlowPlace(null, null);
    }

    public static FlowPlace site(String site) {
        return new FlowPlace(site, null);
    }

    public boolean isIcs() {
        return site == null;
    }

    String scope() {
        return isIcs() ? MetricsUpdate.ICS : MetricsUpdate.SITE;
    }
}
