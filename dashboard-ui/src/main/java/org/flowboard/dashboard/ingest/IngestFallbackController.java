package org.flowboard.dashboard.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path or method under the machine endpoints gets an answer a sending system can log
 * (OperationOutcome under {@code /fhir}), here rather than through the servlet error page, which
 * belongs to the dashboard's login-protected chain.
 */
@RestController
class IngestFallbackController {

    private final FhirIntake fhir;

    IngestFallbackController(FhirIntake fhir) {
        this.fhir = fhir;
    }

    @RequestMapping({"/fhir/**", "/api/v1/feeds/**"})
    ResponseEntity<String> unsupported(HttpServletRequest request) throws Exception {
        String what = request.getMethod() + " " + request.getRequestURI();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/fhir/")) {
            String text =
                    what
                            + " is not supported: FlowBoard takes POST /fhir/r4/Encounter and"
                            + " POST /fhir/r4 (a transaction or batch Bundle)";
            return ResponseEntity.status(404)
                    .contentType(FhirController.FHIR_JSON)
                    .body(fhir.encode(FhirIntake.outcome(IssueType.NOTSUPPORTED, text, null)));
        }
        String text =
                what
                        + " is not supported: POST /api/v1/feeds/ambulance|capacity|readiness,"
                        + " GET /api/v1/feeds/health";
        return ResponseEntity.status(404)
                .contentType(MediaType.APPLICATION_JSON)
                .body(org.flowboard.events.Json.mapper().writeValueAsString(Map.of("error", text)));
    }
}
