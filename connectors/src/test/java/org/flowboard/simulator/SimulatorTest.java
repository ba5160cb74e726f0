package org.flowboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.ics.Site;
import org.flowboard.ics.SiteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    /** A Monday morning in March (GMT, so local time is UTC). */
    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");

    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);
    private static final Ics DEMO = IcsLoader.demo();

    /** Ten digits in a row, or 3-3-4 with spaces or dashes: how NHS numbers are written. */
    private static final Pattern NHS_NUMBER =
            Pattern.compile("(?<!\\d)\\d{10}(?!\\d)|\\d{3}[ -]\\d{3}[ -]\\d{4}");

    private static List<FlowEvent> twoWeeks;

    @BeforeAll
    static void simulateTwoWeeks() {
        twoWeeks = new Simulator(DEMO, 42, AT_0800).until(AT_0800.plus(FOURTEEN_DAYS));
    }

    @Test
    void theSameSeedGivesTheSameEvents() {
        List<FlowEvent> again =
                new Simulator(DEMO, 42, AT_0800).until(AT_0800.plus(Duration.ofDays(2)));
        List<FlowEvent> first =
                twoWeeks.stream()
                        .filter(
                                e ->
                                        e.eventTime()
                                                < AT_0800.plus(Duration.ofDays(2)).toEpochMilli())
                        .toList();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        List<FlowEvent> other =
                new Simulator(DEMO, 43, AT_0800).until(AT_0800.plus(Duration.ofDays(2)));
        List<FlowEvent> first =
                twoWeeks.stream()
                        .filter(
                                e ->
                                        e.eventTime()
                                                < AT_0800.plus(Duration.ofDays(2)).toEpochMilli())
                        .toList();
        assertThat(other).isNotEqualTo(first);
        assertThat(keys(other)).doesNotContainAnyElementsOf(keys(first));
    }

    @Test
    void eventsComeInNonDecreasingEventTimeWithTheCensusBeforeStart() {
        for (int i = 1; i < twoWeeks.size(); i++) {
            assertThat(twoWeeks.get(i).eventTime())
                    .as("event %d", i)
                    .isGreaterThanOrEqualTo(twoWeeks.get(i - 1).eventTime());
        }
        assertThat(twoWeeks.get(0).eventInstant()).isBefore(AT_0800.minus(Duration.ofDays(14)));
    }

    @Test
    void theCensusFillsAbout92PercentOfEachSitesGeneralAcuteBedsWithSomeLongStays() {
        OccupancyCounter counter = new OccupancyCounter(DEMO);
        twoWeeks.stream()
                .filter(e -> e.eventTime() < AT_0800.toEpochMilli())
                .forEach(counter::apply);
        for (Site site : sitesWithBeds()) {
            assertThat(counter.occupancyPct(site.code())).as(site.code()).isBetween(91.0, 93.0);
        }
        long longStays =
                twoWeeks.stream()
                        .filter(
                                e ->
                                        e.kind() == EventKind.ADMIT
                                                && e.eventInstant()
                                                        .isBefore(
                                                                AT_0800.minus(Duration.ofDays(21))))
                        .count();
        assertThat(longStays).isGreaterThan(10);
    }

    @Test
    void sourceIdsAreUnique() {
        assertThat(twoWeeks.stream().map(FlowEvent::sourceId).distinct().count())
                .isEqualTo(twoWeeks.size());
    }

    @Test
    void everyCancellationRefersToTheEncountersLatestEventOfThatKind() {
        Map<String, EventKind> latestAdt = new HashMap<>();
        int cancellations = 0;
        for (FlowEvent e : twoWeeks) {
            if (!e.kind().isAdt()) {
                continue;
            }
            String id = e.site() + "/" + e.encounter().key();
            EventKind cancelled =
                    switch (e.kind()) {
                        case CANCEL_ADMIT -> EventKind.ADMIT;
                        case CANCEL_TRANSFER -> EventKind.TRANSFER;
                        case CANCEL_DISCHARGE -> EventKind.DISCHARGE;
                        default -> null;
                    };
            if (cancelled != null) {
                cancellations++;
                assertThat(latestAdt.get(id)).as("event before %s", e).isEqualTo(cancelled);
            }
            latestAdt.put(id, e.kind());
        }
        long adt =
                twoWeeks.stream()
                        .filter(
                                e ->
                                        e.kind() == EventKind.ADMIT
                                                || e.kind() == EventKind.TRANSFER
                                                || e.kind() == EventKind.DISCHARGE)
                        .count();
        assertThat(cancellations).isBetween((int) (adt * 0.004), (int) (adt * 0.02) + 1);
    }

    @Test
    void generalAcuteOccupancyOfEveryAcuteSiteStaysWithin88And97PercentForTwoWeeks() {
        OccupancyCounter counter = new OccupancyCounter(DEMO);
        Instant hour = AT_0800.plus(Duration.ofDays(1));
        Map<String, double[]> band = new HashMap<>();
        List<String> outside = new ArrayList<>();
        for (FlowEvent e : twoWeeks) {
            while (e.eventTime() >= hour.toEpochMilli()) {
                for (Site site : acuteSites()) {
                    double pct = counter.occupancyPct(site.code());
                    double[] b = band.computeIfAbsent(site.code(), k -> new double[] {100, 0});
                    b[0] = Math.min(b[0], pct);
                    b[1] = Math.max(b[1], pct);
                    if (pct < 88 || pct > 97) {
                        outside.add(site.code() + " " + hour + " " + pct);
                    }
                }
                hour = hour.plus(Duration.ofHours(1));
            }
            counter.apply(e);
        }
        band.forEach((site, b) -> System.out.printf("occupancy %s %.1f-%.1f%n", site, b[0], b[1]));
        assertThat(hour).isAfter(AT_0800.plus(Duration.ofDays(13)));
        assertThat(outside).isEmpty();
    }

    @Test
    void aPlausibleShareOfDischargesHappensBeforeNoon() {
        List<FlowEvent> discharges =
                twoWeeks.stream().filter(e -> e.kind() == EventKind.DISCHARGE).toList();
        long beforeNoon =
                discharges.stream()
                        .filter(e -> e.eventInstant().atZone(DEMO.timezone()).getHour() < 12)
                        .count();
        long inDay =
                discharges.stream()
                        .filter(
                                e -> {
                                    int h = e.eventInstant().atZone(DEMO.timezone()).getHour();
                                    return h >= 9 && h < 20;
                                })
                        .count();
        assertThat(discharges).hasSizeGreaterThan(1000);
        assertThat((double) beforeNoon / discharges.size()).isBetween(0.15, 0.40);
        assertThat((double) inDay / discharges.size()).isGreaterThan(0.85);
    }

    @Test
    void everyKindOfEventHappens() {
        assertThat(twoWeeks).extracting(FlowEvent::kind).contains(EventKind.values());
    }

    @Test
    void ambulanceHandoversAreMostlyQuickWithSomeOverAnHour() {
        Map<String, Long> arrived = new HashMap<>();
        List<Long> minutes = new ArrayList<>();
        for (FlowEvent e : twoWeeks) {
            if (e.kind() == EventKind.AMBULANCE_ARRIVED) {
                arrived.put(e.ambulance().incident(), e.eventTime());
                assertThat(e.ambulance().callSign()).matches("NV-\\d{3}");
            } else if (e.kind() == EventKind.AMBULANCE_HANDED_OVER) {
                minutes.add((e.eventTime() - arrived.get(e.ambulance().incident())) / 60_000);
            }
        }
        long quick = minutes.stream().filter(m -> m >= 15 && m <= 40).count();
        long overHour = minutes.stream().filter(m -> m > 60).count();
        assertThat(minutes).hasSizeGreaterThan(500);
        assertThat((double) quick / minutes.size()).isGreaterThan(0.5);
        assertThat(overHour).isPositive();
        assertThat((double) overHour / minutes.size()).isLessThan(0.2);
    }

    @Test
    void noEventCarriesAnythingLikeAnNhsNumberOrAName() {
        for (FlowEvent e : twoWeeks) {
            for (String text : texts(e)) {
                assertThat(NHS_NUMBER.matcher(text).find()).as("%s in %s", text, e).isFalse();
                // Names would be capitalised words; keys and ids are lower case, call signs NV-nnn.
                assertThat(text).as("in %s", e).doesNotMatch(".*[A-Z][a-z]+.*");
            }
        }
    }

    @Test
    void onlyWardsOfTheIcsFileAreUsed() {
        for (FlowEvent e : twoWeeks) {
            Site site = DEMO.site(e.site()).orElseThrow();
            String ward =
                    e.encounter() != null
                            ? e.encounter().ward()
                            : e.capacity() != null ? e.capacity().ward() : null;
            if (ward != null) {
                assertThat(site.ward(ward)).as(ward).isPresent();
            }
        }
    }

    private static List<String> texts(FlowEvent e) {
        List<String> out = new ArrayList<>(List.of(e.sourceId(), e.site()));
        if (e.encounter() != null) {
            Stream.of(e.encounter().key(), e.encounter().ward(), e.encounter().bed())
                    .filter(s -> s != null)
                    .forEach(out::add);
        }
        if (e.readiness() != null) {
            out.add(e.readiness().encounterKey());
        }
        if (e.ambulance() != null) {
            out.add(e.ambulance().incident());
            out.add(e.ambulance().callSign());
        }
        return out;
    }

    private static List<String> keys(List<FlowEvent> events) {
        return events.stream()
                .filter(e -> e.encounter() != null)
                .map(e -> e.encounter().key())
                .toList();
    }

    private static List<Site> acuteSites() {
        return DEMO.sites().stream().filter(s -> s.kind() == SiteKind.ACUTE).toList();
    }

    private static List<Site> sitesWithBeds() {
        return DEMO.sites().stream().filter(SiteModel::hasInpatientFlow).toList();
    }
}
