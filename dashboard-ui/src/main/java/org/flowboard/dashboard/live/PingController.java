package org.flowboard.dashboard.live;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/ping}: lets a screen whose push connection has gone quiet ask whether the
 * server is back (200), or back but without its login (401), before it reloads itself.
 */
@RestController
class PingController {

    @GetMapping("/api/v1/ping")
    Map<String, Object> ping() {
        return Map.of("ok", true);
    }
}
