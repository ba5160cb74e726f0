package org.flowboard.dashboard.wallboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowboard.dashboard.handover.SiteHandover;
import org.flowboard.dashboard.live.ui.Figures;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.flowboard.dashboard.wallboard.Escalation;
import org.flowboard.dashboard.wallboard.Feed;
import org.flowboard.dashboard.wallboard.FlowFigures;
import org.flowboard.dashboard.wallboard.StaleFeeds;
import org.junit.jupiter.api.Test;

/** The wallboard card on its own: no Spring, no browser. */
class SiteCardTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT_1340 = Instant.parse("2026-11-25T13:40:00Z");
    private static final Instant AT_1400 = Instant.parse("2026-11-25T14:00:00Z");
    private static final Instant AT_1402 = Instant.parse("2026-11-25T14:02:00Z");
    private static final Instant AT_1403 = Instant.parse("2026-11-25T14:03:00Z");
    private static final Instant AT_1415 = Instant.parse("2026-11-25T14:15:00Z");

    private final SiteCard card =
            new SiteCard("RZZ01", "Northgate General Hospital", "RZZ01", LONDON, true, true);

    @Test
    void startsWithoutDataAndNeverInventsALevel() {
        assertThat(card.getClassNames()).contains("card", "level-no-data");
        assertThat(text("occupancy-RZZ01")).isEqualTo("—");
        assertThat(text("nctr-RZZ01")).isEqualTo("No criteria to reside —");
        assertThat(text("discharges-admissions-RZZ01"))
                .isEqualTo("Discharged — / admitted — today");
        assertThat(text("opel-RZZ01")).isEqualTo("OPEL: no parameter table configured");
    }

    @Test
    void showsTheOpelLevelInWordsWithWhatDrivesItAndANewerResultOnly() {
        card.showEscalation(
                Escalation.from(Figures.escalation("RZZ01", AT_1400, 3, 2.67).fields()),
                AT_1400.toEpochMilli(),
                AT_1403);
        card.showEscalation(
                Escalation.from(Figures.escalation("RZZ01", AT_1340, 4, 3.5).fields()),
                AT_1340.toEpochMilli(),
                AT_1403);

        assertThat(text("opel-RZZ01")).isEqualTo("OPEL 3");
        assertThat(find("opel-RZZ01").orElseThrow().getClassNames()).contains("opel", "opel-3");
        assertThat(text("opel-why-RZZ01"))
                .startsWith("driven by Mean ambulance handover (min) 41 (score 3)");
        assertThat(find("opel-RZZ01").orElseThrow().getElement().getAttribute("title"))
                .contains("Not scored (no feed yet): ED 4-hour performance");
    }

    @Test
    void showsBedsWithLevelInWords() {
        card.showBeds(new BedFigures(93.2, 186L, 200L), AT_1400.toEpochMilli(), AT_1403, false);

        assertThat(text("occupancy-RZZ01")).isEqualTo("93.2%");
        assertThat(card.getClassNames()).contains("level-very-high");
        assertThat(text("asof-RZZ01")).isEqualTo("as of 14:00");
        assertThat(find("beds-RZZ01-changed").orElseThrow().isVisible()).isFalse();
    }

    @Test
    void aLiveChangeIsHighlightedAndMarkedThenTheMarkerGoes() {
        card.showBeds(new BedFigures(93.2, 186L, 200L), AT_1400.toEpochMilli(), AT_1400, false);

        card.showBeds(new BedFigures(95.5, 191L, 200L), AT_1402.toEpochMilli(), AT_1402, true);

        Component beds = find("beds-RZZ01").orElseThrow();
        assertThat(beds.getClassNames()).containsAnyOf("flash-a", "flash-b");
        assertThat(find("beds-RZZ01-changed").orElseThrow().isVisible()).isTrue();
        assertThat(text("beds-RZZ01-changed")).isEqualTo("changed 14:02");
        assertThat(card.getClassNames())
                .contains("level-critical")
                .doesNotContain("level-very-high");

        card.tick(AT_1415);

        assertThat(find("beds-RZZ01-changed").orElseThrow().isVisible()).isFalse();
    }

    @Test
    void olderFiguresDoNotReplaceNewerOnes() {
        card.showBeds(new BedFigures(95.5, 191L, 200L), AT_1402.toEpochMilli(), AT_1403, false);
        card.showBeds(new BedFigures(80.0, 160L, 200L), AT_1400.toEpochMilli(), AT_1403, true);

        assertThat(text("occupancy-RZZ01")).isEqualTo("95.5%");
    }

    @Test
    void waitsTickOnAndFlagReleaseToRescue() {
        SiteHandover handover =
                SiteHandover.from(
                        "RZZ01",
                        Map.of(
                                "ambulancesWaiting",
                                1,
                                "longestWaitMinutes",
                                20,
                                "oldestWaitingSince",
                                AT_1340.toString(),
                                "hoursLostToday",
                                1.5,
                                "waiting",
                                List.of(
                                        Map.of(
                                                "callSign",
                                                "NV123",
                                                "arrived",
                                                AT_1340.toString()))));
        card.showHandover(handover, AT_1400.toEpochMilli(), AT_1400, false);
        assertThat(text("longest-RZZ01")).isEqualTo("longest wait 20 min");
        assertThat(find("flag-NV123")).isEmpty();

        card.tick(AT_1415);

        assertThat(text("longest-RZZ01")).isEqualTo("longest wait 35 min");
        assertThat(text("flag-NV123")).isEqualTo("⚑ NV123 35 min · release 14:25");
    }

    @Test
    void flowFiguresWhenTheyCome() {
        card.showFlow(new FlowFigures(14L, 31L, 27L), AT_1400.toEpochMilli(), AT_1403, false);

        assertThat(text("nctr-RZZ01")).isEqualTo("No criteria to reside 14");
        assertThat(text("discharges-admissions-RZZ01"))
                .isEqualTo("Discharged 27 / admitted 31 today");
    }

    @Test
    void staleBadgesReplaceEachOther() {
        StaleFeeds.StaleFeed pas =
                new StaleFeeds.StaleFeed(
                        "RZZ01", Feed.ADT, AT_1400, "no data from RZZ01 PAS since 14:00");
        card.showStale(List.of(pas), AT_1402.toEpochMilli());
        assertThat(text("stale-RZZ01")).isEqualTo("⚠ no data from RZZ01 PAS since 14:00");

        card.showStale(List.of(), AT_1403.toEpochMilli());
        assertThat(find("stale-RZZ01").orElseThrow().getChildren()).isEmpty();
        assertThat(card.getClassNames()).doesNotContain("has-stale");
    }

    private String text(String id) {
        return find(id).map(SiteCardTest::textOf).orElseThrow();
    }

    /** The words a component shows: its own, or its children's one after another. */
    private static String textOf(Component component) {
        if (component instanceof Words words) {
            return words.getText();
        }
        if (component.getChildren().findAny().isEmpty()) {
            return component.getElement().getTextRecursively();
        }
        return component
                .getChildren()
                .map(SiteCardTest::textOf)
                .collect(java.util.stream.Collectors.joining());
    }

    private Optional<Component> find(String id) {
        return find(card, id);
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren()
                .map(child -> find(child, id))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
