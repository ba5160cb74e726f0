package org.flowboard.dashboard.wallboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import java.time.Instant;
import java.time.ZoneId;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.junit.jupiter.api.Test;

/** The tile component on its own: no Spring, no browser. */
class TileTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT_1400 = Instant.parse("2026-11-25T14:00:00Z");
    private static final Instant AT_1402 = Instant.parse("2026-11-25T14:02:00Z");
    private static final Instant NOW = Instant.parse("2026-11-25T14:03:00Z");

    private final Tile tile = new Tile("RZZ01", "Northgate General Hospital", "RZZ01", LONDON);

    @Test
    void startsWithoutData() {
        assertThat(tile.getClassNames()).contains("tile", "level-no-data");
        assertThat(text("occupancy-RZZ01")).isEqualTo("—");
    }

    @Test
    void showsFiguresLevelAndTime() {
        tile.show(new BedFigures(93.2, 186L, 200L), AT_1400.toEpochMilli(), NOW, false);

        assertThat(text("occupancy-RZZ01")).isEqualTo("93.2%");
        assertThat(text("asof-RZZ01")).isEqualTo("as of 14:00");
        assertThat(tile.getClassNames())
                .contains("level-very-high")
                .doesNotContain("level-no-data");
        assertThat(tile.getClassNames()).doesNotContain("flash-a", "flash-b");
    }

    @Test
    void liveChangeSwitchesLevelAndRestartsTheHighlight() {
        tile.show(new BedFigures(93.2, 186L, 200L), AT_1400.toEpochMilli(), NOW, true);
        String first = tile.getClassNames().contains("flash-a") ? "flash-a" : "flash-b";

        tile.show(new BedFigures(95.5, 191L, 200L), AT_1402.toEpochMilli(), NOW, true);

        assertThat(tile.getClassNames())
                .contains("level-critical")
                .doesNotContain("level-very-high", first);
        assertThat(tile.getClassNames()).containsAnyOf("flash-a", "flash-b");
    }

    @Test
    void olderFiguresDoNotReplaceNewerOnes() {
        tile.show(new BedFigures(95.5, 191L, 200L), AT_1402.toEpochMilli(), NOW, false);
        tile.show(new BedFigures(80.0, 160L, 200L), AT_1400.toEpochMilli(), NOW, true);

        assertThat(text("occupancy-RZZ01")).isEqualTo("95.5%");
    }

    private String text(String id) {
        return find(tile, id).map(c -> ((HasText) c).getText()).orElseThrow();
    }

    private static java.util.Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return java.util.Optional.of(root);
        }
        return root.getChildren()
                .map(child -> find(child, id))
                .flatMap(java.util.Optional::stream)
                .findFirst();
    }
}
