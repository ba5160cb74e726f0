package org.flowboard.dashboard.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.flowboard.kafka.EventOutlet;
import org.flowboard.privacy.Pseudonymiser;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * FHIR R4 intake: {@code POST /fhir/r4/Encounter} (one Encounter) and {@code POST /fhir/r4} (a
 * transaction or batch Bundle of Encounters), answered as a FHIR server would.
 */
@RestController
class FhirController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final FhirIntake intake;
    private final IngestConnectors connectors;
    private final int maxBodyBytes;

    FhirController(FhirIntake intake, IngestConnectors connectors, IngestProperties properties) {
        this.intake = intake;
        this.connectors = connectors;
        this.maxBodyBytes = properties.feeds().maxBodyBytes();
    }

    @PostMapping("/fhir/r4/Encounter")
    ResponseEntity<String> encounter(HttpServletRequest request, Principal sender)
            throws IOException {
        return handle(request, sender, false);
    }

    @PostMapping("/fhir/r4")
    ResponseEntity<String> bundle(HttpServletRequest request, Principal sender) throws IOException {
        return handle(request, sender, true);
    }

    private ResponseEntity<String> handle(
            HttpServletRequest request, Principal sender, boolean bundle) throws IOException {
        Optional<Pseudonymiser> keys = connectors.runningPseudonymiser();
        Optional<EventOutlet> outlet = connectors.fhirOutlet();
        if (keys.isEmpty() || outlet.isEmpty()) {
            return answer(
                    503,
                    FhirIntake.outcome(
                            IssueType.TRANSIENT,
                            "the connectors are not running: resend later",
                            null),
                    null);
        }
        byte[] raw;
        try {
            raw = BoundedBody.read(request, maxBodyBytes);
        } catch (BoundedBody.TooLargeException e) {
            return answer(413, FhirIntake.outcome(IssueType.TOOLONG, e.getMessage(), null), null);
        }
        FhirIntake.Answer answer =
                bundle
                        ? intake.bundle(raw, sender.getName(), keys.get(), outlet.get())
                        : intake.encounter(raw, sender.getName(), keys.get(), outlet.get());
        return answer(answer.status(), answer.body(), answer.createdId());
    }

    private ResponseEntity<String> answer(
            int status, org.hl7.fhir.instance.model.api.IBaseResource body, String createdId) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(FHIR_JSON);
        if (createdId != null) {
            response.header(
                    HttpHeaders.LOCATION,
                    ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/fhir/r4/Encounter/{id}")
                            .buildAndExpand(createdId)
                            .toUriString());
        }
        return response.body(intake.encode(body));
    }
}
