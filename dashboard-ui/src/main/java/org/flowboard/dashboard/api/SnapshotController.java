package org.flowboard.dashboard.api;

import java.time.Clock;
import java.util.Map;
import org.flowboard.dashboard.live.LiveMetrics;
import org.flowboard.ics.Ics;
import org.flowboard.metrics.Snapshot;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/snapshot}: the current metrics in the document of DESIGN.md section 6. */
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
    Map<String, Object> snapshot() {
        // The live path rejects nothing itself; connectors count their rejections separately.
        return Snapshot.of(ics, live.latest(), clock.instant(), 0);
    }
}
