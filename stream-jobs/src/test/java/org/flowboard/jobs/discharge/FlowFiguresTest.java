package org.flowboard.jobs.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_0000_BST;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_0130_BST;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_0130_GMT;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_1130_GMT;
import static org.flowboard.jobs.discharge.Patients.AUTUMN_NEXT_MIDNIGHT;
import static org.flowboard.jobs.discharge.Patients.LONDON;
import static org.flowboard.jobs.discharge.Patients.SITE;
import static org.flowboard.jobs.discharge.Patients.SPRING_0000;
import static org.flowboard.jobs.discharge.Patients.SPRING_1059_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_1130_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_2359_BST;
import static org.flowboard.jobs.discharge.Patients.SPRING_NEXT_MIDNIGHT;
import static org.flowboard.jobs.discharge.Patients.discharged;
import static org.flowboard.jobs.discharge.Patients.inpatient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowFiguresTest {

    private static SiteFlow at(Instant t, EncounterFlow... encounters) {
        return FlowFigures.at(SITE, List.of(encounters), t.toEpochMilli(), LONDON);
    }

    @Test
    void theShortDayStartsAtMidnightGmtAndEndsAtMidnightBst() {
        EncounterFlow first = discharged("e1", SPRING_0000, SPRING_0000.plusSeconds(60));

        assertThat(at(SPRING_2359_BST, first).admissionsToday()).isEqualTo(1);
        assertThat(at(SPRING_2359_BST, first).dischargesToday()).isEqualTo(1);
        // 23:00 UTC is already midnight of 30 March in London: 23 hours after the day began.
        assertThat(at(SPRING_NEXT_MIDNIGHT, first).admissionsToday()).isZero();
        assertThat(at(SPRING_NEXT_MIDNIGHT, first).dischargesToday()).isZero();
    }

    @Test
    void noonIsLocalNoon() {
        // 10:59 UTC is 11:59 BST; 11:30 UTC is 12:30 BST.
        SiteFlow spring =
                at(
                        SPRING_2359_BST,
                        discharged("e1", SPRING_0000, SPRING_1059_BST),
                        discharged("e2", SPRING_0000, SPRING_1130_BST));
        assertThat(spring.dischargesToday()).isEqualTo(2);
        assertThat(spring.dischargesBeforeNoonToday()).isEqualTo(1);

        // After the clocks go back, 11:30 UTC is 11:30 GMT: before noon.
        SiteFlow autumn = at(AUTUMN_1130_GMT, discharged("e3", AUTUMN_0000_BST, AUTUMN_1130_GMT));
        assertThat(autumn.dischargesBeforeNoonToday()).isEqualTo(1);
    }

    @Test
    void bothOneThirtiesOfTheLongDayAreToday() {
        EncounterFlow early = discharged("e1", AUTUMN_0000_BST, AUTUMN_0130_BST);
        EncounterFlow late = discharged("e2", AUTUMN_0130_BST, AUTUMN_0130_GMT);

        SiteFlow figures = at(AUTUMN_0130_GMT, early, late);
        assertThat(figures.admissionsToday()).isEqualTo(2);
        assertThat(figures.dischargesToday()).isEqualTo(2);
        // The day ran 25 hours: 24 hours after it began it is still 25 October.
        assertThat(at(AUTUMN_0000_BST.plus(Duration.ofHours(24)), early).admissionsToday())
                .isEqualTo(1);
        assertThat(at(AUTUMN_NEXT_MIDNIGHT, early).admissionsToday()).isZero();
    }

    @Test
    void lengthOfStayCountsWholeTwentyFourHourPeriodsNotCalendarDays() {
        Instant t = Instant.parse("2026-03-29T12:00:00Z");
        // 12:00 GMT on 22 March and 13:00 BST on 29 March: 168 hours apart.
        EncounterFlow week = inpatient("e1", t.minus(Duration.ofDays(7)), false, null);
        EncounterFlow almost =
                inpatient("e2", t.minus(Duration.ofDays(7)).plusMillis(1), false, null);
        EncounterFlow threeWeeks = inpatient("e3", t.minus(Duration.ofDays(21)), false, null);

        SiteFlow figures = at(t, week, almost, threeWeeks);
        assertThat(figures.los7plus()).isEqualTo(2);
        assertThat(figures.los14plus()).isEqualTo(1);
        assertThat(figures.los21plus()).isEqualTo(1);
    }

    @Test
    void noCriteriaToResideCountsInpatientsByPathway() {
        Instant t = SPRING_2359_BST;
        SiteFlow figures =
                at(
                        t,
                        inpatient("e1", SPRING_0000, true, 1),
                        inpatient("e2", SPRING_0000, true, 1),
                        inpatient("e3", SPRING_0000, true, 3),
                        inpatient("e4", SPRING_0000, true, null),
                        inpatient("e5", SPRING_0000, false, 2),
                        discharged("e6", SPRING_0000, SPRING_1059_BST));

        assertThat(figures.nctr()).isEqualTo(4);
        assertThat(figures.nctrPathway0()).isZero();
        assertThat(figures.nctrPathway1()).isEqualTo(2);
        assertThat(figures.nctrPathway2()).isZero();
        assertThat(figures.nctrPathway3()).isEqualTo(1);
        assertThat(figures.nctrPathwayUnknown()).isEqualTo(1);
    }

    @Test
    void theIcsLeavesOutTodaysCountsOfASiteLastHeardOfYesterday() {
        SiteFlow yesterday =
                new SiteFlow(
                        "A",
                        SPRING_0000.minusSeconds(60).toEpochMilli(),
                        5,
                        4,
                        3,
                        2,
                        0,
                        2,
                        0,
                        0,
                        0,
                        1,
                        1,
                        0);
        SiteFlow today =
                new SiteFlow(
                        "B", SPRING_1059_BST.toEpochMilli(), 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0);

        SiteFlow ics =
                FlowFigures.combine(
                        "QZZ", List.of(yesterday, today), SPRING_1059_BST.toEpochMilli(), LONDON);

        assertThat(ics.admissionsToday()).isEqualTo(1);
        assertThat(ics.dischargesToday()).isEqualTo(1);
        assertThat(ics.nctr()).isEqualTo(3);
        assertThat(ics.nctrPathway1()).isEqualTo(2);
        assertThat(ics.los7plus()).isEqualTo(1);
    }
}
