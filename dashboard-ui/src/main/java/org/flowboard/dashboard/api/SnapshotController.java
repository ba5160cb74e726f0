package org.flowboard.dashboard.api;

import java.time.Clock;
import java.util.Map;
import org.flowboard.dashboard.live.LiveMetrics;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.Snapshot;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/snapshot}: the current metrics in the document of DESIGN.md section 6, cut
 * down to the caller's sites; {@code GET /api/v1/snapshot/sites/{ods}}: one site's merged figures
 * (403 outside the caller's sites).
 */
@RestController
class SnapshotController {

    private final LiveMetrics live;
    private final Ics ics;
    private final Clock clock;

    SnapshotController(LiveMetrics live, Ics ics, Clock clock) {
        this.live = live;
        this.ics = ics;
        this.clock = clock;
    }

    @GetMapping("/api/v1/snapshot")
    Map<String, Object> snapshot(Authentication user) {
        return SiteScope.of(user).filter(all());
    }

    @GetMapping("/api/v1/snapshot/sites/{site}")
    Object site(@PathVariable String site, Authentication user) {
        if (ics.site(site).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no site " + site);
        }
        if (!SiteScope.of(user).allows(site)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "site outside your scope");
        }
        return ((Map<?, ?>) all().get("sites")).get(site);
    }

    private Map<String, Object> all() {
        // The live path rejects nothing itself; connectors count their rejections separately.
        return Snapshot.of(ics, live.latest(), clock.instant(), 0);
    }
}
