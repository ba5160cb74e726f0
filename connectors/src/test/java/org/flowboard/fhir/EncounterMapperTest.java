package org.flowboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.Test;

/** The FHIR specification's and UK Core's own Encounter examples, mapped to canonical events. */
class EncounterMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures", "fhir");
    private static final Ics ICS = IcsLoader.demo();

    // A sender registered for Northgate: its Encounters carry no ODS code of ours.
    private final EncounterMapper northgateSender =
            new EncounterMapper(
                    ICS,
                    (site, visit) -> "k-" + visit,
                    EncounterMapper.odsCodes(ICS, Optional.of("RZZ01")));

    private static Encounter fixture(String name) throws IOException {
        return FHIR.newJsonParser()
                .parseResource(Encounter.class, Files.readString(FIXTURES.resolve(name)));
    }

    @Test
    void anEmergencyVisitEscalatedToInpatientIsAnEdArrivalThenAnAdmissionToTheWard()
            throws Exception {
        EncounterMapping mapping = northgateSender.map(fixture("encounter-example-emerg.json"));

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.events())
                .extracting(FlowEvent::kind, e -> e.encounter().ward(), FlowEvent::eventInstant)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                EventKind.ED_ARRIVAL, null, Instant.parse("2017-01-31T21:15:00Z")),
                        org.assertj.core.groups.Tuple.tuple(
                                EventKind.ADMIT,
                                "Ward 1, Room 42, Bed 1",
                                Instant.parse("2017-01-31T23:27:00Z")));
        assertThat(mapping.events()).allSatisfy(e -> assertThat(e.site()).isEqualTo("RZZ01"));
    }

    @Test
    void aFinishedUkCoreInpatientStayIsAnAdmissionAndADischarge() throws Exception {
        EncounterMapping mapping = northgateSender.map(fixture("ukcore-encounter-inpatient.json"));

        assertThat(mapping.events())
                .extracting(FlowEvent::kind, FlowEvent::eventInstant)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                EventKind.ADMIT, Instant.parse("2019-12-10T13:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(
                                EventKind.DISCHARGE, Instant.parse("2019-12-11T13:00:00Z")));
        assertThat(mapping.events().get(0).encounter().ward())
                .isEqualTo("UKCore-Location-CardiologySJUH-Example");
    }

    @Test
    void outpatientAndHomeVisitsAreAcceptedButMoveNoBed() throws Exception {
        assertThat(northgateSender.map(fixture("encounter-example-f001-heart.json")).events())
                .isEmpty();
        assertThat(northgateSender.map(fixture("encounter-example-f001-heart.json")).isUsable())
                .isTrue();
        assertThat(northgateSender.map(fixture("encounter-example-home.json")).events()).isEmpty();
    }

    @Test
    void anInpatientEncounterWithoutAnyLocationIsRefusedWithTheElementAtFault() throws Exception {
        EncounterMapping mapping =
                northgateSender.map(fixture("encounter-example-f203-20130311.json"));

        assertThat(mapping.isUsable()).isFalse();
        assertThat(mapping.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.expression()).isEqualTo("Encounter.location"));
    }

    @Test
    void anEncounterOfNoKnownSiteIsRefusedWhenTheSenderHasNoDefault() throws Exception {
        EncounterMapper unregistered =
                new EncounterMapper(
                        ICS,
                        (site, visit) -> "k-" + visit,
                        EncounterMapper.odsCodes(ICS, Optional.empty()));

        EncounterMapping mapping = unregistered.map(fixture("ukcore-encounter-inpatient.json"));

        assertThat(mapping.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.diagnostics()).contains("ODS site code"));
    }

    @Test
    void theSameEncounterSentAgainGivesTheSameEventIdsSoNothingIsCountedTwice() throws Exception {
        assertThat(northgateSender.map(fixture("encounter-example-emerg.json")).events())
                .extracting(FlowEvent::sourceId)
                .isEqualTo(
                        northgateSender
                                .map(fixture("encounter-example-emerg.json"))
                                .events()
                                .stream()
                                .map(FlowEvent::sourceId)
                                .toList());
    }

    @Test
    void aCancelledAdmissionBecomesACancellation() throws Exception {
        Encounter encounter = fixture("ukcore-encounter-inpatient.json");
        encounter.setStatus(Encounter.EncounterStatus.CANCELLED);

        assertThat(northgateSender.map(encounter).events())
                .extracting(FlowEvent::kind)
                .containsExactly(EventKind.CANCEL_ADMIT);
    }
}
