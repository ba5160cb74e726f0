package org.flowboard.dashboard.live;

import org.flowboard.metrics.MetricsUpdate;

/** What one stored metrics group is about: the unit of "latest". */
public record MetricsKey(String scope, String id, String group) {

    public static MetricsKey of(MetricsUpdate update) {
        return new MetricsKey(update.scope(), update.id(), update.group());
    }
}
