package org.flowboard.jobs.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.handover.Ambulances.AT_0800;
import static org.flowboard.jobs.handover.Ambulances.AT_0812;
import static org.flowboard.jobs.handover.Ambulances.AT_0830;
import static org.flowboard.jobs.handover.Ambulances.AT_0845;
import static org.flowboard.jobs.handover.Ambulances.AT_0900;
import static org.flowboard.jobs.handover.Ambulances.AT_0931;
import static org.flowboard.jobs.handover.Ambulances.AT_1000;
import static org.flowboard.jobs.handover.Ambulances.AT_2330;
import static org.flowboard.jobs.handover.Ambulances.LONDON;
import static org.flowboard.jobs.handover.Ambulances.NEXT_DAY_0010;
import static org.flowboard.jobs.handover.Ambulances.incident;
import static org.flowboard.jobs.handover.Ambulances.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoverFiguresTest {

    private static SiteHandover at(Instant t, Incident... incidents) {
        return HandoverFigures.at("RZZ01", List.of(incidents), t.toEpochMilli(), LONDON);
    }

    @Test
    void crewsArrivedAndNotHandedOverAreWaitingWithTheLongestWaitInWholeMinutes() {
        SiteHandover figures =
                at(
                        AT_0931.plusSeconds(59),
                        incident("NV-1", AT_0900, null),
                        incident("NV-2", AT_0830, null));

        assertThat(figures.ambulancesWaiting()).isEqualTo(2);
        assertThat(figures.longestWaitMinutes()).isEqualTo(61);
        assertThat(figures.oldestWaitingSince()).isEqualTo(AT_0830.toEpochMilli());
        assertThat(figures.waiting())
                .extracting(WaitingCrew::callSign)
                .containsExactly("NV-2", "NV-1");
    }

    @Test
    void noneWaitingMeansALongestWaitOfZero() {
        SiteHandover figures = at(AT_1000, incident("NV-1", AT_0800, AT_0812));

        assertThat(figures.ambulancesWaiting()).isZero();
        assertThat(figures.longestWaitMinutes()).isZero();
        assertThat(figures.oldestWaitingSince()).isNull();
    }

    @Test
    void aHandoverAfterTDoesNotCountYetAndTheCrewIsStillWaitingAtT() {
        SiteHandover figures = at(AT_0845, incident("NV-1", AT_0800, AT_0900));

        assertThat(figures.ambulancesWaiting()).isEqualTo(1);
        assertThat(figures.handoversToday()).isZero();
    }

    @Test
    void
            handoversTodayCountBreachesStrictlyOverThirtyAndSixtyMinutesAndTheHoursLostBeyondFifteen() {
        SiteHandover figures =
                at(
                        AT_1000,
                        incident("NV-1", AT_0800, AT_0812), // 12 min: nothing lost
                        incident("NV-2", AT_0800, AT_0830), // exactly 30: not over 30, 15 min lost
                        incident("NV-3", AT_0830, AT_0931)); // 61 min: over 30 and 60, 46 min lost

        assertThat(figures.handoversToday()).isEqualTo(3);
        assertThat(figures.handoversOver30Today()).isEqualTo(1);
        assertThat(figures.handoversOver60Today()).isEqualTo(1);
        assertThat(figures.millisLostToday()).isEqualTo(Duration.ofMinutes(15 + 46).toMillis());
        assertThat(figures.handoverMillisToday())
                .isEqualTo(Duration.ofMinutes(12 + 30 + 61).toMillis());
    }

    @Test
    void handoversOfAnEarlierLocalDayAreNotToday() {
        SiteHandover figures =
                at(NEXT_DAY_0010, incident("NV-1", AT_2330.minusSeconds(600), AT_2330));

        assertThat(figures.handoversToday()).isZero();
    }

    @Test
    void todayFollowsLondonTimeWhenTheClocksGoForwardOnA23HourDay() {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST. Local midnight is 00:00 GMT that day.
        Instant justAfterMidnight = local("2026-03-29T00:05");
        Instant evening = local("2026-03-29T23:50");
        Instant previousEvening = local("2026-03-28T23:50");

        SiteHandover figures =
                at(
                        evening,
                        incident("NV-1", justAfterMidnight.minusSeconds(300), justAfterMidnight),
                        incident("NV-2", previousEvening.minusSeconds(300), previousEvening));

        assertThat(figures.handoversToday()).isEqualTo(1);
        assertThat(Duration.between(local("2026-03-29T00:00"), local("2026-03-30T00:00")))
                .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void todayFollowsLondonTimeWhenTheClocksGoBackOnA25HourDayAndTheRepeatedHourCountsOnce() {
        // 25 October 2026: 02:00 BST becomes 01:00 GMT, so 01:30 happens twice, both "today".
        Instant firstOneThirty = Instant.parse("2026-10-25T00:30:00Z");
        Instant secondOneThirty = Instant.parse("2026-10-25T01:30:00Z");
        Instant lateEvening = local("2026-10-25T23:59");

        SiteHandover figures =
                at(
                        lateEvening,
                        incident("NV-1", firstOneThirty.minusSeconds(600), firstOneThirty),
                        incident("NV-2", secondOneThirty.minusSeconds(600), secondOneThirty));

        assertThat(figures.handoversToday()).isEqualTo(2);
        assertThat(Duration.between(local("2026-10-25T00:00"), local("2026-10-26T00:00")))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void theIcsSumsSitesTakesTheLargestWaitAndIgnoresYesterdaysCountsOfAQuietSite() {
        SiteHandover northgate =
                new SiteHandover(
                        "RZZ01",
                        AT_1000.toEpochMilli(),
                        2,
                        40,
                        AT_0900.toEpochMilli(),
                        3,
                        1_800_000,
                        1,
                        0,
                        60_000,
                        List.of());
        SiteHandover riverside =
                new SiteHandover(
                        "RZZ02",
                        AT_0931.toEpochMilli(),
                        1,
                        55,
                        AT_0830.toEpochMilli(),
                        1,
                        600_000,
                        0,
                        0,
                        0,
                        List.of());
        SiteHandover quietYesterday =
                new SiteHandover(
                        "RZZ03",
                        AT_2330.minus(Duration.ofDays(1)).toEpochMilli(),
                        0,
                        0,
                        null,
                        9,
                        9_000_000,
                        9,
                        9,
                        9_000_000,
                        List.of());

        SiteHandover ics =
                HandoverFigures.combine(
                        "QZZ",
                        List.of(northgate, riverside, quietYesterday),
                        AT_1000.toEpochMilli(),
                        LONDON);

        assertThat(ics.ambulancesWaiting()).isEqualTo(3);
        assertThat(ics.longestWaitMinutes()).isEqualTo(55);
        assertThat(ics.oldestWaitingSince()).isEqualTo(AT_0830.toEpochMilli());
        assertThat(ics.handoversToday()).isEqualTo(4);
        assertThat(ics.handoverMillisToday()).isEqualTo(2_400_000);
        assertThat(ics.handoversOver30Today()).isEqualTo(1);
    }

    @Test
    void metricFieldsRoundToOneDecimalAndTheMeanIsNullWithoutHandovers() {
        SiteHandover figures =
                at(
                        AT_1000,
                        incident("NV-1", AT_0800, AT_0812),
                        incident("NV-2", AT_0800, AT_0830),
                        incident("NV-3", AT_0830, AT_0931));

        assertThat(HandoverMetrics.fields(figures))
                .containsEntry("meanHandoverMinutesToday", 34.3) // 103 / 3 = 34.33
                .containsEntry("hoursLostToday", 1.0) // 61 minutes
                .containsEntry("handoversToday", 3);
        assertThat(HandoverMetrics.fields(at(AT_1000)))
                .containsEntry("meanHandoverMinutesToday", null);
    }
}
