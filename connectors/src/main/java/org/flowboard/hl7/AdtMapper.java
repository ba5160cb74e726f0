package org.flowboard.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.privacy.Pseudonymiser;
import org.jspecify.annotations.Nullable;

/**
 * One HL7 v2 ADT message (text) to canonical events, following DESIGN.md section 6. Pure apart from
 * HAPI's parser: no I/O, no clock (the receive time is passed in).
 *
 * <p>Fields are read with {@link Er7Message}, a strict reader that is some thirty times faster than
 * HAPI's parser (it matters for a bulk replay). A message outside its strict subset is parsed with
 * HAPI, the reference, with validation off and one canonical model (v2.5.1) for every version, so
 * that 2.2 to 2.8 all parse: the fields read here have the same positions in all of them. Both give
 * the same result for the same text (Er7EquivalenceTest). Only the pseudonymous encounter key,
 * site, ward, bed and patient class leave this class; names, NHS numbers, addresses and dates of
 * birth are never read.
 */
public final class AdtMapper {

    private final Ics ics;
    private final ZoneId zone;
    private final Pseudonymiser pseudonymiser;
    private final Map<String, String> siteBySendingFacility;
    private final HapiContext hapi;
    private final boolean fastReader;

    /**
     * @param siteBySendingFacility the site to use when PV1-3.4 is empty, by MSH-4.1 sending
     *     facility; a sender not in it uses its MSH-4.1 itself
     */
    public AdtMapper(
            Ics ics, Pseudonymiser pseudonymiser, Map<String, String> siteBySendingFacility) {
        this(ics, pseudonymiser, siteBySendingFacility, true);
    }

    /**
     * A mapper that parses every message with HAPI: the reference that the fast reader is tested
     * against, and a fallback should a feed ever need HAPI's leniency for everything.
     */
    public static AdtMapper usingHapi(
            Ics ics, Pseudonymiser pseudonymiser, Map<String, String> siteBySendingFacility) {
        return new AdtMapper(ics, pseudonymiser, siteBySendingFacility, false);
    }

    private AdtMapper(
            Ics ics,
            Pseudonymiser pseudonymiser,
            Map<String, String> siteBySendingFacility,
            boolean fastReader) {
        this.fastReader = fastReader;
        this.ics = ics;
        this.zone = ics.timezone();
        this.pseudonymiser = pseudonymiser;
        this.siteBySendingFacility = Map.copyOf(siteBySendingFacility);
        this.hapi = new DefaultHapiContext();
        // HAPI's default rules refuse most real feeds (e.g. its US phone-number rule on +44).
        hapi.setValidationContext(ValidationContextFactory.noValidation());
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
    }

    public AdtResult map(String rawText, Instant receivedAt) {
        String text = Hl7Text.normalise(rawText);
        MshHeader msh = MshHeader.parse(text);
        if (!msh.present()) {
            return reject(
                    Refusal.NOT_HL7,
                    "the message does not start with an MSH segment and its field separator");
        }
        if (msh.controlId().isEmpty()) {
            return reject(
                    Refusal.EMPTY_CONTROL_ID,
                    "MSH-10 message control id is empty: the message can be neither acknowledged"
                            + " by id nor de-duplicated");
        }
        String type = msh.component(9, 1);
        if (!"ADT".equals(type)) {
            return reject(
                    Refusal.NOT_ADT,
                    type.isEmpty()
                            ? "MSH-9 message type is empty: this interface takes ADT messages only"
                            : "MSH-9 message type is "
                                    + Hl7Text.escape(type, 10)
                                    + ", not ADT: this interface takes ADT messages only");
        }
        if (fastReader) {
            Er7Message er7 = Er7Message.parse(text);
            if (er7 != null) {
                try {
                    return new Reading(msh, er7::get, receivedAt).map();
                } catch (Er7Message.NotStrict e) {
                    // An escape the strict reader does not undo: HAPI reads the whole message.
                }
            }
        }
        Fields fields;
        try {
            Message message = hapi.getPipeParser().parse(text);
            fields = new TerserFields(new Terser(message));
        } catch (HL7Exception e) {
            return reject(Refusal.UNPARSEABLE, unparseable(e));
        } catch (RuntimeException e) {
            // HAPI throws unchecked exceptions on some malformed input; it is still the message.
            return reject(
                    Refusal.UNPARSEABLE,
                    "the message does not parse as HL7 v2: " + e.getClass().getSimpleName());
        }
        return new Reading(msh, fields, receivedAt).map();
    }

    private static String unparseable(HL7Exception e) {
        String where = e.getLocation() == null ? null : e.getLocation().toString();
        String detail = e.getMessage() == null ? "" : e.getMessage();
        return "the message does not parse as HL7 v2"
                + (where == null || where.isBlank() ? "" : " at " + where)
                + ": "
                + (detail.length() > 200 ? detail.substring(0, 200) : detail);
    }

    private static AdtResult reject(Refusal refusal, String reason) {
        return new AdtResult.Rejected(refusal, reason);
    }

    /** Where a parsed message's fields are read from: the fast ER7 reader, or HAPI's model. */
    @FunctionalInterface
    private interface Fields {
        /** Component and sub-component of the first repetition of a field; empty if absent. */
        String get(String segment, int field, int component, int subcomponent);
    }

    /** HAPI's Terser, the reference reading. */
    private record TerserFields(Terser terser) implements Fields {
        @Override
        public String get(String segment, int field, int component, int subcomponent) {
            // MSH is the root's; other segments are searched for anywhere in the structure.
            String path =
                    (segment.equals("MSH") ? "/" : "/.")
                            + segment
                            + "-"
                            + field
                            + "-"
                            + component
                            + "-"
                            + subcomponent;
            try {
                String value = terser.get(path);
                return value == null ? "" : value;
            } catch (HL7Exception | RuntimeException e) {
                // A path that does not exist in this structure reads as empty.
                return "";
            }
        }
    }

    /** The state of mapping one parsed message. */
    private final class Reading {
        private final MshHeader msh;
        private final Fields fields;
        private final Instant receivedAt;
        private final List<String> issues = new ArrayList<>();

        Reading(MshHeader msh, Fields fields, Instant receivedAt) {
            this.msh = msh;
            this.fields = fields;
            this.receivedAt = receivedAt;
        }

        AdtResult map() {
            String trigger = get("MSH", 9, 2);
            if (trigger.isEmpty()) {
                return reject(
                        Refusal.NO_TRIGGER,
                        "MSH-9.2 trigger event is empty: the message cannot be routed");
            }
            String patientClass = get("PV1", 2, 1);
            EventKind kind = kindOf(trigger, patientClass);
            if (kind == null) {
                return accepted(List.of());
            }
            String visit = get("PV1", 19, 1);
            String visitField = "PV1-19";
            if (visit.isEmpty()) {
                visit = get("PID", 18, 1);
                visitField = "PID-18";
            }
            if (visit.isEmpty()) {
                return reject(
                        Refusal.NO_VISIT_NUMBER,
                        "neither PV1-19 visit number nor PID-18 account number is present: the"
                                + " encounter cannot be identified");
            }
            Instant at;
            try {
                at = eventTime();
            } catch (IllegalArgumentException e) {
                return reject(Refusal.NO_EVENT_TIME, e.getMessage());
            }
            String site = site();
            if (site.isEmpty()) {
                return reject(
                        Refusal.NO_SITE,
                        "PV1-3.4 facility and MSH-4 sending facility are both empty: the site is"
                                + " unknown");
            }
            String ward = get("PV1", 3, 1);
            boolean placesPatient = kind == EventKind.ADMIT || kind == EventKind.TRANSFER;
            if (placesPatient && ward.isEmpty()) {
                return reject(
                        Refusal.NO_WARD,
                        "PV1-3.1 point of care (ward) is empty: "
                                + trigger
                                + " must say which ward the patient is in");
            }
            checkLocation(site, placesPatient ? ward : null);
            String key = pseudonymiser.encounterKey(site, visit);
            String sourceId = msh.sourceId();
            @Nullable String bed = emptyToNull(get("PV1", 3, 3));
            FlowEvent event =
                    switch (kind) {
                        case ADMIT, TRANSFER ->
                                FlowEvent.adt(
                                        kind,
                                        sourceId,
                                        site,
                                        new EncounterDetail(key, ward, bed, patientClass),
                                        at);
                        case ED_ARRIVAL -> FlowEvent.edArrival(sourceId, site, key, at);
                        case DISCHARGE -> FlowEvent.discharge(sourceId, site, key, at);
                        case CANCEL_ADMIT -> FlowEvent.cancelAdmit(sourceId, site, key, at);
                        case CANCEL_TRANSFER -> FlowEvent.cancelTransfer(sourceId, site, key, at);
                        case CANCEL_DISCHARGE -> FlowEvent.cancelDischarge(sourceId, site, key, at);
                        default -> throw new IllegalStateException("not an ADT kind: " + kind);
                    };
            // The encounter came from PID-18 when PV1-19 was empty: keys stay stable only if the
            // sender is consistent, which is worth flagging.
            if (visitField.equals("PID-18")) {
                issues.add("PV1-19 visit number empty; PID-18 account number used");
            }
            return accepted(List.of(event.receivedAt(receivedAt.toEpochMilli())));
        }

        private @Nullable EventKind kindOf(String trigger, String patientClass) {
            return switch (trigger) {
                case "A01" -> {
                    if (patientClass.equals("I")) {
                        yield EventKind.ADMIT;
                    }
                    if (patientClass.equals("E")) {
                        yield EventKind.ED_ARRIVAL;
                    }
                    issues.add(
                            "A01 with patient class '"
                                    + Hl7Text.escape(patientClass, 20)
                                    + "' (neither I nor E): no event");
                    yield null;
                }
                case "A04" -> EventKind.ED_ARRIVAL;
                case "A02" -> EventKind.TRANSFER;
                case "A03" -> EventKind.DISCHARGE;
                case "A11" -> EventKind.CANCEL_ADMIT;
                case "A12" -> EventKind.CANCEL_TRANSFER;
                case "A13" -> EventKind.CANCEL_DISCHARGE;
                default -> null;
            };
        }

        /** EVN-6 (event occurred), else EVN-2 (recorded), else MSH-7 (message created). */
        private Instant eventTime() {
            String[][] candidates = {
                {"EVN-6", get("EVN", 6, 1)},
                {"EVN-2", get("EVN", 2, 1)},
                {"MSH-7", get("MSH", 7, 1)}
            };
            for (String[] candidate : candidates) {
                if (!candidate[1].isEmpty()) {
                    try {
                        return Hl7Time.parse(candidate[1], zone);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                candidate[0]
                                        + " '"
                                        + Hl7Text.escape(candidate[1], 40)
                                        + "' "
                                        + e.getMessage());
                    }
                }
            }
            throw new IllegalArgumentException(
                    "EVN-6, EVN-2 and MSH-7 are all empty: the message has no event time");
        }

        private String site() {
            String facility = get("PV1", 3, 4, 1);
            if (!facility.isEmpty()) {
                return facility;
            }
            String sendingFacility = msh.sendingFacility();
            return siteBySendingFacility.getOrDefault(sendingFacility, sendingFacility);
        }

        private void checkLocation(String siteCode, @Nullable String ward) {
            Site site = ics.site(siteCode).orElse(null);
            if (site == null) {
                issues.add("site " + siteCode + " is not in the ICS file");
            } else if (ward != null && site.ward(ward).isEmpty()) {
                issues.add("ward " + ward + " is not in the ICS file for site " + siteCode);
            }
        }

        private AdtResult accepted(List<FlowEvent> events) {
            return new AdtResult.Accepted(events, issues);
        }

        private String get(String segment, int field, int component) {
            return get(segment, field, component, 1);
        }

        private String get(String segment, int field, int component, int subcomponent) {
            return fields.get(segment, field, component, subcomponent).trim();
        }
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
