package org.flowboard.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsLoaderTest {

    @TempDir Path dir;

    @Test
    void theDemoIcsHasThreeAcuteSitesWithAnEmergencyDepartmentAndACommunityHospital() {
        Ics ics = IcsLoader.demo();

        assertThat(ics.timezone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(ics.sites())
                .filteredOn(s -> s.kind() == SiteKind.ACUTE && s.emergencyDepartment())
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(
                        s ->
                                assertThat(s.wards())
                                        .anyMatch(Ward::countsForOccupancy)
                                        .anyMatch(w -> !w.countsForOccupancy()));
        assertThat(ics.sites()).filteredOn(s -> s.kind() == SiteKind.COMMUNITY).hasSize(1);
        assertThat(ics.site("RZZ01").flatMap(s -> s.ward("NG-AMU")))
                .hasValueSatisfying(w -> assertThat(w.coreBeds()).isEqualTo(36));
    }

    @Test
    void aGoodFileLoads() throws IOException {
        Path file =
                write(
                        """
                        ics: { code: QZZ, name: Example ICS, timezone: Europe/London }
                        sites:
                          - code: RZZ01
                            name: Northgate General Hospital
                            kind: acute
                            emergencyDepartment: true
                            wards:
                              - { code: NG-A1, name: Ward A1, category: general-acute, coreBeds: 28 }
                        """);

        Ics ics = IcsLoader.load(file);

        assertThat(ics.code()).isEqualTo("QZZ");
        assertThat(ics.sites())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.emergencyDepartment()).isTrue();
                            assertThat(s.wards())
                                    .containsExactly(
                                            new Ward(
                                                    "NG-A1",
                                                    "Ward A1",
                                                    WardCategory.GENERAL_ACUTE,
                                                    28));
                        });
    }

    @Test
    void aFileWithSeveralProblemsReportsEachOfThem() throws IOException {
        Path file =
                write(
                        """
                        ics: { code: QZZ, name: Broken ICS, timezone: Mars/Olympus }
                        sites:
                          - code: RZZ01
                            name: Northgate
                            kind: hospital
                            wards:
                              - { code: NG-A1, name: Ward A1, category: general-acute, coreBeds: 28 }
                              - { code: NG-A1, name: Ward A1 again, category: general-acute, coreBeds: 20 }
                              - { code: NG-A2, name: Ward A2, category: general-acute, coreBeds: -3 }
                          - name: Nameless Community Hospital
                            kind: community
                        """);

        IcsFileException e =
                catchThrowableOfType(IcsFileException.class, () -> IcsLoader.load(file));

        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("timezone").contains("Mars/Olympus"))
                .anySatisfy(p -> assertThat(p).contains("sites[0].kind").contains("hospital"))
                .anySatisfy(p -> assertThat(p).contains("duplicate ward code NG-A1"))
                .anySatisfy(p -> assertThat(p).contains("sites[0].wards[2].coreBeds"))
                .anySatisfy(p -> assertThat(p).isEqualTo("sites[1].code: required"))
                .hasSize(5);
        assertThat(e).hasMessageContaining(file.toString());
    }

    @Test
    void aFileThatIsNotThereOrNotYamlIsReported() throws IOException {
        assertThat(
                        catchThrowableOfType(
                                        IcsFileException.class,
                                        () -> IcsLoader.load(dir.resolve("missing.yaml")))
                                .problems())
                .singleElement()
                .asString()
                .startsWith("cannot read");
        Path notYaml = write("ics: [unclosed");
        assertThat(
                        catchThrowableOfType(IcsFileException.class, () -> IcsLoader.load(notYaml))
                                .problems())
                .singleElement()
                .asString()
                .startsWith("not YAML");
    }

    @Test
    void theDemoIcsCarriesAnOpelTableThatSaysItIsIllustrative() {
        EscalationTable table = IcsLoader.demo().escalationTable().orElseThrow();

        assertThat(table.name()).contains("illustrative").contains("not NHS England's");
        assertThat(table.parameters())
                .filteredOn(EscalationParameter::available)
                .extracting(EscalationParameter::metric)
                .containsExactly(
                        "meanHandoverMinutesToday",
                        "occupancyPct",
                        "escalationBedsPct",
                        "nctrPct",
                        "longestWaitMinutes");
        assertThat(table.parameters())
                .filteredOn(p -> !p.available())
                .allSatisfy(p -> assertThat(p.note()).isNotBlank());
        assertThat(table.icsMethod()).isEqualTo(EscalationTable.IcsMethod.BED_WEIGHTED_MEAN);
    }

    @Test
    void theDemoTableListsTheFrameworkParametersOurFeedsCannotSupplyByTheirNames() {
        EscalationTable table = IcsLoader.demo().escalationTable().orElseThrow();

        // The framework's acute parameter names as public ICB code reading the OPEL
        // submission metrics spells them (docs/escalation.md).
        assertThat(table.parameters())
                .filteredOn(p -> !p.available())
                .extracting(EscalationParameter::label)
                .contains(
                        "ED all-type 4-hour performance",
                        "ED all-type attendance variation",
                        "Majors and resuscitation occupancy (adult)",
                        "Median time to treatment since midnight",
                        "% of patients spending >12 hours in ED");
        assertThat(table.parameters())
                .filteredOn(p -> p.metric().equals("escalationBedsPct"))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.label())
                                    .isEqualTo("% of open beds that are escalation beds");
                            assertThat(p.weight()).isEqualTo(1.0);
                            assertThat(p.thresholds()).containsExactly(2.0, 5.0, 8.0);
                        });
    }

    @Test
    void aFileWithoutAnOpelTableHasNone() throws IOException {
        Path file = write(GOOD_HEAD);

        assertThat(IcsLoader.load(file).escalationTable()).isEmpty();
    }

    @Test
    void everyProblemOfAnOpelTableIsReported() throws IOException {
        Path file =
                write(
                        GOOD_HEAD
                                + """
                                escalation:
                                  name: Local table
                                  levelBands: [3, 2, 1]
                                  icsMethod: average
                                  parameters:
                                    - { metric: bedsFree, label: Free beds, weight: 1, thresholds: [1, 2, 3] }
                                    - { metric: occupancyPct, label: Occupancy, weight: 0, thresholds: [85, 92, 95] }
                                    - { metric: occupancyPct, label: Occupancy, weight: 1, thresholds: [85, 92] }
                                    - { metric: unavailable, note: no feed }
                                """);

        assertThat(
                        catchThrowableOfType(IcsFileException.class, () -> IcsLoader.load(file))
                                .problems())
                .containsExactly(
                        "escalation.source: required",
                        "escalation.levelBands: must be in ascending order, got [3, 2, 1]",
                        "escalation.icsMethod: unknown method 'average' (bed-weighted-mean, highest)",
                        "escalation.parameters[0].metric: unknown metric 'bedsFree' (ambulancesWaiting,"
                                + " escalationBedsPct, handoversOver60Today, hoursLostToday, longestWaitMinutes,"
                                + " meanHandoverMinutesToday, nctrPct, occupancyPct, unavailable)",
                        "escalation.parameters[1].weight: a positive number is required",
                        "escalation.parameters[2].thresholds: three numbers are required, e.g. [15, 30, 60]",
                        "escalation.parameters[3].label: required",
                        "escalation.parameters: no parameter FlowBoard can compute");
    }

    private static final String GOOD_HEAD =
            """
            ics: { code: QZZ, name: Test ICS, timezone: Europe/London }
            sites:
              - code: RZZ01
                name: Northgate
                kind: acute
                wards:
                  - { code: NG-A1, name: Ward A1, category: general-acute, coreBeds: 28 }
            """;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("ics-" + yaml.hashCode() + ".yaml"), yaml);
    }
}
