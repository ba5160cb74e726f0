package org.flowboard.dashboard.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.flowboard.feeds.FeedKind;
import org.flowboard.kafka.EventOutlet;
import org.flowboard.privacy.Pseudonymiser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/feeds/{ambulance|capacity|readiness}}: JSON lines ({@code
 * application/x-ndjson}), one object or an array ({@code application/json}); see {@link FeedIntake}
 * for the answers.
 */
@RestController
class FeedController {

    private final FeedIntake intake;
    private final IngestConnectors connectors;
    private final int maxBodyBytes;

    FeedController(FeedIntake intake, IngestConnectors connectors, IngestProperties properties) {
        this.intake = intake;
        this.connectors = connectors;
        this.maxBodyBytes = properties.feeds().maxBodyBytes();
    }

    @PostMapping(path = "/api/v1/feeds/{feed}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(
            @PathVariable String feed, HttpServletRequest request, Principal sender)
            throws IOException {
        Optional<FeedKind> kind = FeedKind.fromPath(feed);
        if (kind.isEmpty()) {
            return ResponseEntity.status(404)
                    .body(
                            Map.of(
                                    "error",
                                    "no feed '" + feed + "': ambulance, capacity or readiness"));
        }
        if (!isJson(request.getContentType())) {
            return ResponseEntity.status(415)
                    .body(
                            Map.of(
                                    "error",
                                    "send application/x-ndjson (JSON lines) or application/json"));
        }
        Optional<Pseudonymiser> keys = connectors.runningPseudonymiser();
        Optional<EventOutlet> outlet = connectors.jsonOutlet();
        if (keys.isEmpty() || outlet.isEmpty()) {
            return ResponseEntity.status(503)
                    .body(
                            Map.of(
                                    "error",
                                    "the connectors are not running: resend later",
                                    "accepted",
                                    0));
        }
        byte[] raw;
        try {
            raw = BoundedBody.read(request, maxBodyBytes);
        } catch (BoundedBody.TooLargeException e) {
            return ResponseEntity.status(413).body(Map.of("error", e.getMessage(), "accepted", 0));
        }
        FeedIntake.Answer answer =
                intake.receive(kind.get(), raw, sender.getName(), keys.get(), outlet.get());
        return ResponseEntity.status(answer.status()).body(answer.body());
    }

    /** Checked here, not by Spring, so that a wrong type is answered in JSON, not an error page. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/x-ndjson")
                || type.equals("application/jsonl")
                || type.equals("application/json")
                || type.equals("text/plain");
    }
}
