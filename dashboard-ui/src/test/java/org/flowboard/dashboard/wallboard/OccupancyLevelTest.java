package org.flowboard.dashboard.wallboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccupancyLevelTest {

    @ParameterizedTest
    @CsvSource({
        "0.0, NORMAL, Normal",
        "84.9, NORMAL, Normal",
        "85.0, HIGH, High",
        "91.9, HIGH, High",
        "92.0, VERY_HIGH, Very high",
        "94.9, VERY_HIGH, Very high",
        "95.0, CRITICAL, Critical",
        "112.5, CRITICAL, Critical"
    })
    void thresholds(double pct, OccupancyLevel level, String label) {
        assertThat(OccupancyLevel.of(pct)).isEqualTo(level);
        assertThat(level.label()).isEqualTo(label);
    }

    @Test
    void unknownOccupancyIsNoData() {
        assertThat(OccupancyLevel.of(null)).isEqualTo(OccupancyLevel.NO_DATA);
        assertThat(OccupancyLevel.NO_DATA.label()).isEqualTo("No data");
    }

    @Test
    void cssClassNamesTheLevel() {
        assertThat(OccupancyLevel.VERY_HIGH.cssClass()).isEqualTo("level-very-high");
    }

    @Test
    void bedFiguresReadNumbersOfAnyTypeAndNullOccupancy() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("occupancyPct", null);
        fields.put("occupiedBeds", 0);
        fields.put("openBeds", 0L);

        BedFigures figures = BedFigures.from(fields);

        assertThat(figures).isEqualTo(new BedFigures(null, 0L, 0L));
        assertThat(figures.level()).isEqualTo(OccupancyLevel.NO_DATA);
    }

    @Test
    void fieldsOfAnotherGroupAreNotBedFigures() {
        assertThat(BedFigures.from(Map.of("ambulancesWaiting", 3))).isNull();
    }
}
