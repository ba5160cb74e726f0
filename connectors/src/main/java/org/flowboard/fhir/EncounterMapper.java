package org.flowboard.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.feeds.EncounterKeys;
import org.flowboard.ics.Ics;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationComponent;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Maps a FHIR R4 Encounter to the canonical events it implies (DESIGN.md section 3), the same
 * events an HL7 v2 feed would give: an ED arrival, an admission to a ward, transfers along the
 * location history, and a discharge. Event ids are derived from the facts, so re-sending an updated
 * Encounter adds only what is new; the jobs drop the rest as duplicates.
 */
public final class EncounterMapper {

    // v3 ActCode classes of a bed occupant; EMER is an ED attendance (DESIGN.md section 6).
    private static final Set<String> INPATIENT_CLASSES = Set.of("IMP", "ACUTE", "NONAC");
    private static final String EMERGENCY_CLASS = "EMER";

    private final Ics ics;
    private final EncounterKeys keys;
    private final SiteResolver sites;

    /**
     * Tells which ICS site an Encounter belongs to; the default reads ODS codes off the resource.
     */
    @FunctionalInterface
    public interface SiteResolver {
        Optional<String> siteOf(Encounter encounter);
    }

    public EncounterMapper(Ics ics, EncounterKeys keys, SiteResolver sites) {
        this.ics = ics;
        this.keys = keys;
        this.sites = sites;
    }

    /**
     * The ODS site code from serviceProvider.identifier or a location's identifier, if the ICS
     * knows it, else the given default (the site a sender is registered for).
     */
    public static SiteResolver odsCodes(Ics ics, Optional<String> defaultSite) {
        return encounter -> {
            List<Identifier> candidates = new ArrayList<>();
            candidates.add(encounter.getServiceProvider().getIdentifier());
            for (EncounterLocationComponent location : encounter.getLocation()) {
                candidates.add(location.getLocation().getIdentifier());
            }
            return candidates.stream()
                    .map(Identifier::getValue)
                    .filter(v -> v != null && ics.site(v).isPresent())
                    .findFirst()
                    .or(() -> defaultSite);
        };
    }

    public EncounterMapping map(Encounter encounter) {
        Optional<String> visit = visitNumber(encounter);
        if (visit.isEmpty()) {
            return EncounterMapping.refused(
                    "Encounter.identifier",
                    "a visit number is required: give Encounter.identifier (or a logical id)");
        }
        Optional<String> site = sites.siteOf(encounter).filter(code -> ics.site(code).isPresent());
        if (site.isEmpty()) {
            return EncounterMapping.refused(
                    "Encounter.serviceProvider",
                    "cannot tell which site of ICS "
                            + ics.code()
                            + " this is: give serviceProvider.identifier "
                            + "with the ODS site code");
        }
        if (!encounter.hasStatus()) {
            return EncounterMapping.refused("Encounter.status", "status is required");
        }
        Context ctx = new Context(site.get(), keys.keyOf(site.get(), visit.get()), ics.timezone());
        return new Builder(ctx, encounter).build();
    }

    private static Optional<String> visitNumber(Encounter encounter) {
        return encounter.getIdentifier().stream()
                .sorted(Comparator.comparing(EncounterMapper::identifierRank))
                .map(Identifier::getValue)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .or(
                        () ->
                                Optional.ofNullable(encounter.getIdElement().getIdPart())
                                        .filter(id -> !id.isBlank()));
    }

    private static int identifierRank(Identifier identifier) {
        if (!identifier.hasUse()) {
            return 1;
        }
        return switch (identifier.getUse()) {
            case OFFICIAL, USUAL -> 0;
            default -> 2;
        };
    }

    private record Context(String site, String encounterKey, ZoneId zone) {}

    /** Builds one Encounter's events; holds the problems found on the way. */
    private static final class Builder {
        private final Context ctx;
        private final Encounter encounter;
        private final List<FlowEvent> events = new ArrayList<>();

        Builder(Context ctx, Encounter encounter) {
            this.ctx = ctx;
            this.encounter = encounter;
        }

        EncounterMapping build() {
            EncounterStatus status = encounter.getStatus();
            if (status == EncounterStatus.PLANNED) {
                return EncounterMapping.of(List.of());
            }
            Optional<Instant> emergencyStart = classStart(EMERGENCY_CLASS::equals);
            Optional<Instant> inpatientStart = classStart(INPATIENT_CLASSES::contains);
            if (status == EncounterStatus.CANCELLED || status == EncounterStatus.ENTEREDINERROR) {
                // The admission never happened, whatever was sent before.
                inpatientStart.ifPresent(at -> add(EventKind.CANCEL_ADMIT, null, null, at));
                return EncounterMapping.of(events);
            }
            emergencyStart.ifPresent(at -> add(EventKind.ED_ARRIVAL, null, null, at));
            if (inpatientStart.isEmpty()) {
                // Outpatient, home or virtual: no effect on these metrics.
                return EncounterMapping.of(events);
            }
            List<EncounterLocationComponent> stays = bedStays(inpatientStart.get());
            if (stays.isEmpty()) {
                return EncounterMapping.refused(
                        "Encounter.location", "an inpatient encounter needs a location (the ward)");
            }
            EncounterLocationComponent first = stays.get(0);
            add(EventKind.ADMIT, ward(first), null, inpatientStart.get());
            String currentWard = ward(first);
            for (EncounterLocationComponent stay : stays.subList(1, stays.size())) {
                if (!ward(stay).equals(currentWard)) {
                    currentWard = ward(stay);
                    add(
                            EventKind.TRANSFER,
                            currentWard,
                            null,
                            instant(stay.getPeriod().getStartElement()));
                }
            }
            if (status == EncounterStatus.FINISHED) {
                if (!encounter.getPeriod().hasEnd()) {
                    return EncounterMapping.refused(
                            "Encounter.period.end",
                            "a finished inpatient encounter needs period.end (the discharge)");
                }
                add(
                        EventKind.DISCHARGE,
                        null,
                        null,
                        instant(encounter.getPeriod().getEndElement()));
            }
            return EncounterMapping.of(events);
        }

        /**
         * When the encounter took on a class: its classHistory entry, or the period if it is the
         * class now.
         */
        private Optional<Instant> classStart(java.util.function.Predicate<String> isClass) {
            for (Encounter.ClassHistoryComponent history : encounter.getClassHistory()) {
                if (isClass.test(history.getClass_().getCode()) && history.getPeriod().hasStart()) {
                    return Optional.of(instant(history.getPeriod().getStartElement()));
                }
            }
            Coding current = encounter.getClass_();
            if (current != null && isClass.test(current.getCode())) {
                return periodStart(encounter.getPeriod())
                        .or(
                                () ->
                                        encounter.getLocation().stream()
                                                .map(EncounterLocationComponent::getPeriod)
                                                .map(Builder::periodStartElement)
                                                .flatMap(Optional::stream)
                                                .map(this::instant)
                                                .min(Comparator.naturalOrder()));
            }
            return Optional.empty();
        }

        private Optional<Instant> periodStart(Period period) {
            return periodStartElement(period).map(this::instant);
        }

        private static Optional<DateTimeType> periodStartElement(Period period) {
            return period != null && period.hasStart()
                    ? Optional.of(period.getStartElement())
                    : Optional.empty();
        }

        /**
         * Locations that hold the bed from the admission on, in time order: the one the patient was
         * in at admission, then later ones. A bed kept on leave ("reserved") or only planned does
         * not move anyone.
         */
        private List<EncounterLocationComponent> bedStays(Instant admitted) {
            List<EncounterLocationComponent> all = new ArrayList<>(encounter.getLocation());
            all.removeIf(
                    l ->
                            l.getStatus() == EncounterLocationStatus.PLANNED
                                    || l.getStatus() == EncounterLocationStatus.RESERVED);
            all.sort(Comparator.comparing(l -> periodStart(l.getPeriod()).orElse(Instant.MIN)));
            EncounterLocationComponent atAdmission = null;
            List<EncounterLocationComponent> later = new ArrayList<>();
            for (EncounterLocationComponent location : all) {
                Optional<Instant> start = periodStart(location.getPeriod());
                if (start.isPresent() && start.get().isAfter(admitted)) {
                    later.add(location);
                } else if (!location.getPeriod().hasEnd()
                        || instant(location.getPeriod().getEndElement()).isAfter(admitted)) {
                    atAdmission = location;
                }
            }
            List<EncounterLocationComponent> stays = new ArrayList<>();
            if (atAdmission != null) {
                stays.add(atAdmission);
            }
            stays.addAll(later);
            return stays;
        }

        /** The ward code: a Location's logical id or identifier, else what the sender displayed. */
        private static String ward(EncounterLocationComponent location) {
            Reference ref = location.getLocation();
            if (ref.hasReference() && ref.getReferenceElement().hasIdPart()) {
                return ref.getReferenceElement().getIdPart();
            }
            if (ref.hasIdentifier() && ref.getIdentifier().hasValue()) {
                return ref.getIdentifier().getValue();
            }
            return ref.hasDisplay() ? ref.getDisplay() : "unknown";
        }

        /** FHIR dateTimes may lack an offset or a time: such a value is local to the ICS. */
        private Instant instant(DateTimeType value) {
            if (value.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
                LocalDate date =
                        LocalDate.of(
                                value.getYear(),
                                value.getMonth() + 1,
                                value.getPrecision() == TemporalPrecisionEnum.DAY
                                        ? value.getDay()
                                        : 1);
                return date.atStartOfDay(ctx.zone()).toInstant();
            }
            if (value.getTimeZone() == null && !Boolean.TRUE.equals(value.isTimeZoneZulu())) {
                LocalDateTime local =
                        LocalDateTime.of(
                                value.getYear(),
                                value.getMonth() + 1,
                                value.getDay(),
                                value.getHour(),
                                value.getMinute(),
                                value.getSecond());
                return local.atZone(ctx.zone()).toInstant();
            }
            return value.getValue().toInstant().atOffset(ZoneOffset.UTC).toInstant();
        }

        private void add(EventKind kind, String ward, String bed, Instant at) {
            String sourceId =
                    "fhir|"
                            + ctx.site()
                            + "|"
                            + ctx.encounterKey()
                            + "|"
                            + kind.wireName()
                            + "|"
                            + (ward == null ? "" : ward)
                            + "|"
                            + at.toEpochMilli();
            String patientClass = kind == EventKind.ED_ARRIVAL ? "E" : "I";
            events.add(
                    FlowEvent.adt(
                            kind,
                            sourceId,
                            ctx.site(),
                            new EncounterDetail(ctx.encounterKey(), ward, bed, patientClass),
                            at));
        }
    }
}
