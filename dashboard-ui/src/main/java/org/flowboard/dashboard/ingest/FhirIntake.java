package org.flowboard.dashboard.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flowboard.events.FlowEvent;
import org.flowboard.fhir.EncounterMapper;
import org.flowboard.fhir.EncounterMapping;
import org.flowboard.ics.Ics;
import org.flowboard.kafka.EventOutlet;
import org.flowboard.privacy.Pseudonymiser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the FHIR R4 endpoint does with a body, whatever the transport: parse it, map each Encounter
 * with {@link EncounterMapper}, write the events and answer as a FHIR server would. Success is
 * answered only after Kafka acknowledged; refused bodies are dead-lettered with the reason.
 *
 * <p>We are not a FHIR store: an accepted Encounter becomes events, and its Location names the id
 * it was accepted under, which cannot be read back.
 *
 * <p>A transaction is all or nothing in what we accept: one bad entry refuses the whole Bundle
 * before anything is written. If Kafka fails part-way through writing an accepted transaction the
 * answer is 503 and some events may already be stored; the resend writes the same event ids again,
 * and the jobs drop the repeats, so the effect is still all or nothing.
 */
final class FhirIntake {

    static final String FEED = "fhir";

    /** An HTTP answer: status, the resource to send, and the id of a created Encounter. */
    record Answer(int status, IBaseResource body, @Nullable String createdId) {}

    /** One request: who sent it, when, and where its events go. */
    private record Call(
            String sender, Pseudonymiser keys, EventOutlet outlet, Instant receivedAt) {}

    private static final Logger LOG = LoggerFactory.getLogger(FhirIntake.class);
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final Ics ics;
    private final FeedAccounts accounts;
    private final HttpFeedHealth health;
    private final Clock clock;

    FhirIntake(Ics ics, FeedAccounts accounts, HttpFeedHealth health, Clock clock) {
        this.ics = ics;
        this.accounts = accounts;
        this.health = health;
        this.clock = clock;
    }

    /** {@code POST /fhir/r4/Encounter}. */
    Answer encounter(byte[] raw, String sender, Pseudonymiser keys, EventOutlet outlet) {
        Call c = new Call(sender, keys, outlet, clock.instant());
        IBaseResource resource;
        try {
            resource = parse(raw);
        } catch (DataFormatException e) {
            return badRequest(raw, c, "not a FHIR JSON resource: " + e.getMessage());
        }
        if (!(resource instanceof Encounter encounter)) {
            return badRequest(
                    raw, c, "resourceType must be Encounter, not " + resourceType(resource));
        }
        EncounterMapping mapping = mapper(c).map(encounter);
        if (!mapping.isUsable()) {
            String reason = reason(mapping);
            refuse(raw, c, reason);
            return new Answer(422, outcome(mapping.problems()), null);
        }
        try {
            c.outlet().publish(mapping.events());
        } catch (EventOutlet.NotStoredException e) {
            return notStored(e);
        }
        health.record(FEED, c.sender(), c.receivedAt(), 1, 0, null);
        String id = assignId(encounter);
        return new Answer(201, encounter, id);
    }

    /** {@code POST /fhir/r4}: a transaction (all or nothing) or batch (each entry alone). */
    Answer bundle(byte[] raw, String sender, Pseudonymiser keys, EventOutlet outlet) {
        Call c = new Call(sender, keys, outlet, clock.instant());
        IBaseResource resource;
        try {
            resource = parse(raw);
        } catch (DataFormatException e) {
            return badRequest(raw, c, "not a FHIR JSON resource: " + e.getMessage());
        }
        if (!(resource instanceof Bundle bundle)) {
            return badRequest(raw, c, "resourceType must be Bundle, not " + resourceType(resource));
        }
        if (bundle.getType() == BundleType.TRANSACTION) {
            return transaction(raw, bundle, c);
        }
        if (bundle.getType() == BundleType.BATCH) {
            return batch(bundle, c);
        }
        return badRequest(
                raw,
                c,
                "Bundle.type must be transaction or batch, not "
                        + (bundle.hasType() ? bundle.getType().toCode() : "missing"));
    }

    private Answer transaction(byte[] raw, Bundle bundle, Call c) {
        EncounterMapper mapper = mapper(c);
        List<EncounterMapping.Problem> wrongType = new ArrayList<>();
        List<EncounterMapping.Problem> unusable = new ArrayList<>();
        List<FlowEvent> events = new ArrayList<>();
        List<Encounter> encounters = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource entry = bundle.getEntry().get(i).getResource();
            String at = "Bundle.entry[" + i + "].resource";
            if (!(entry instanceof Encounter encounter)) {
                wrongType.add(
                        new EncounterMapping.Problem(
                                at,
                                "only Encounter entries are taken, not " + resourceType(entry)));
                continue;
            }
            EncounterMapping mapping = mapper.map(encounter);
            mapping.problems().stream().map(p -> inEntry(at, p)).forEach(unusable::add);
            events.addAll(mapping.events());
            encounters.add(encounter);
        }
        if (!wrongType.isEmpty() || !unusable.isEmpty()) {
            List<EncounterMapping.Problem> problems = wrongType.isEmpty() ? unusable : wrongType;
            String reason =
                    "transaction refused whole: "
                            + problems.stream()
                                    .map(p -> p.expression() + ": " + p.diagnostics())
                                    .collect(Collectors.joining("; "));
            refuse(raw, c, reason);
            return new Answer(wrongType.isEmpty() ? 422 : 400, outcome(problems), null);
        }
        try {
            c.outlet().publish(events);
        } catch (EventOutlet.NotStoredException e) {
            return notStored(e);
        }
        health.record(FEED, c.sender(), c.receivedAt(), encounters.size(), 0, null);
        Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
        for (Encounter encounter : encounters) {
            response.addEntry()
                    .getResponse()
                    .setStatus("201 Created")
                    .setLocation(location(encounter));
        }
        return new Answer(200, response, null);
    }

    private Answer batch(Bundle bundle, Call c) {
        EncounterMapper mapper = mapper(c);
        Bundle response = new Bundle().setType(BundleType.BATCHRESPONSE);
        int accepted = 0;
        int rejected = 0;
        String lastReason = null;
        for (BundleEntryComponent entry : bundle.getEntry()) {
            BundleEntryComponent answer = response.addEntry();
            Resource resource = entry.getResource();
            if (!(resource instanceof Encounter encounter)) {
                String reason = "only Encounter entries are taken, not " + resourceType(resource);
                refuse(encodeEntry(resource), c, reason);
                answer.getResponse()
                        .setStatus("400 Bad Request")
                        .setOutcome(outcome(IssueType.NOTSUPPORTED, reason, null));
                rejected++;
                lastReason = reason;
                continue;
            }
            EncounterMapping mapping = mapper.map(encounter);
            if (!mapping.isUsable()) {
                String reason = reason(mapping);
                refuse(encodeEntry(encounter), c, reason);
                answer.getResponse()
                        .setStatus("422 Unprocessable Entity")
                        .setOutcome(outcome(mapping.problems()));
                rejected++;
                lastReason = reason;
                continue;
            }
            try {
                c.outlet().publish(mapping.events());
                answer.getResponse().setStatus("201 Created").setLocation(location(encounter));
                accepted++;
            } catch (EventOutlet.NotStoredException e) {
                // Not a refusal: the entry is fine and the sender should resend it.
                answer.getResponse()
                        .setStatus("503 Service Unavailable")
                        .setOutcome(outcome(IssueType.TRANSIENT, notStoredText(e), null));
            }
        }
        health.record(FEED, c.sender(), c.receivedAt(), accepted, rejected, lastReason);
        return new Answer(200, response, null);
    }

    String encode(IBaseResource resource) {
        return encodeOutcome(resource);
    }

    static String encodeOutcome(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    private static IBaseResource parse(byte[] raw) {
        // Lenient about unknown elements (a sender's extensions), and silent: warnings would
        // quote the message, and message content never goes to logs.
        IParser parser = FHIR.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
        return parser.parseResource(new String(raw, StandardCharsets.UTF_8));
    }

    private EncounterMapper mapper(Call c) {
        return new EncounterMapper(
                ics,
                c.keys()::encounterKey,
                EncounterMapper.odsCodes(ics, accounts.defaultSite(c.sender())));
    }

    private Answer badRequest(byte[] raw, Call c, String reason) {
        refuse(raw, c, reason);
        return new Answer(400, outcome(IssueType.STRUCTURE, reason, null), null);
    }

    private Answer notStored(EventOutlet.NotStoredException e) {
        LOG.warn("FHIR request not stored: {}", e.getMessage());
        return new Answer(503, outcome(IssueType.TRANSIENT, notStoredText(e), null), null);
    }

    private static String notStoredText(EventOutlet.NotStoredException e) {
        return "could not store the events (" + e.getMessage() + "): resend it later";
    }

    /** Counts the refusal and keeps the raw bytes and the reason on the dead-letter topic. */
    private void refuse(byte[] raw, Call c, String reason) {
        health.record(FEED, c.sender(), c.receivedAt(), 0, 1, reason);
        try {
            c.outlet().deadLetter(c.sender(), reason, c.receivedAt(), raw);
        } catch (EventOutlet.NotStoredException e) {
            // The sender still gets the refusal with the reason; only the copy is missing.
            LOG.warn("dead letter from {} not stored: {}", c.sender(), e.getMessage());
        }
    }

    private static String reason(EncounterMapping mapping) {
        return mapping.problems().stream()
                .map(p -> p.expression() + ": " + p.diagnostics())
                .collect(Collectors.joining("; "));
    }

    private static EncounterMapping.Problem inEntry(String at, EncounterMapping.Problem p) {
        String path =
                p.expression().startsWith("Encounter.")
                        ? at + p.expression().substring("Encounter".length())
                        : at;
        return new EncounterMapping.Problem(path, p.diagnostics());
    }

    private static String resourceType(@Nullable IBaseResource resource) {
        return resource == null ? "nothing" : FHIR.getResourceType(resource);
    }

    private static byte[] encodeEntry(@Nullable Resource resource) {
        return resource == null
                ? new byte[0]
                : FHIR.newJsonParser()
                        .encodeResourceToString(resource)
                        .getBytes(StandardCharsets.UTF_8);
    }

    /** The sender's id if it gave one (so a resend is the same), else a new one. */
    private static String assignId(Encounter encounter) {
        if (!encounter.getIdElement().hasIdPart()) {
            encounter.setId(UUID.randomUUID().toString());
        }
        return encounter.getIdElement().getIdPart();
    }

    private static String location(Encounter encounter) {
        return "Encounter/" + assignId(encounter);
    }

    static OperationOutcome outcome(
            IssueType type, String diagnostics, @Nullable String expression) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue =
                outcome.addIssue()
                        .setSeverity(IssueSeverity.ERROR)
                        .setCode(type)
                        .setDiagnostics(diagnostics);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return outcome;
    }

    private static OperationOutcome outcome(List<EncounterMapping.Problem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (EncounterMapping.Problem p : problems) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.PROCESSING)
                    .setDiagnostics(p.diagnostics())
                    .addExpression(p.expression());
        }
        return outcome;
    }
}
