package org.flowboard.jobs.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.escalation.TestTables.table;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowboard.ics.EscalationTable;
import org.flowboard.jobs.escalation.EscalationScore.SiteScore;
import org.junit.jupiter.api.Test;

class EscalationScoreTest {

    @Test
    void eachThresholdReachedRaisesTheScoreByOne() {
        assertThat(TestTables.HANDOVER.scoreOf(14.9)).isEqualTo(1);
        assertThat(TestTables.HANDOVER.scoreOf(15.0)).isEqualTo(2);
        assertThat(TestTables.HANDOVER.scoreOf(30.0)).isEqualTo(3);
        assertThat(TestTables.HANDOVER.scoreOf(44.9)).isEqualTo(3);
        assertThat(TestTables.HANDOVER.scoreOf(45.0)).isEqualTo(4);
    }

    @Test
    void theLevelComesFromTheWeightedMeanScoreOfTheParametersWithFigures() {
        // handover 41 min scores 3 (weight 2), occupancy 96% scores 4, NCTR 20 of 180 = 11.1%
        // scores 2
        Map<String, Object> opel =
                EscalationScore.site(
                        table(),
                        figures(
                                "meanHandoverMinutesToday", 41.0,
                                "occupancyPct", 96.0,
                                "occupiedBeds", 180,
                                "openBeds", 188,
                                "nctr", 20));

        assertThat(opel).containsEntry("score", 3.0).containsEntry("level", 3);
        assertThat(opel).containsEntry("openBeds", 188).containsEntry("table", "Test table");
        assertThat(parameter(opel, 0)).containsEntry("value", 41.0).containsEntry("score", 3);
        assertThat(parameter(opel, 2)).containsEntry("value", 11.1).containsEntry("score", 2);
    }

    @Test
    void aParameterWithoutAFeedIsListedWithItsReasonAndLeftOutOfTheScore() {
        Map<String, Object> opel =
                EscalationScore.site(table(), figures("occupancyPct", 96.0, "occupiedBeds", 10));

        assertThat(parameter(opel, 3))
                .containsEntry("available", false)
                .containsEntry("note", "no ED feed")
                .doesNotContainKey("score");
        // only occupancy has a figure: the handover mean is null with no handovers today
        assertThat(parameter(opel, 0)).containsEntry("value", null).containsEntry("score", null);
        assertThat(opel).containsEntry("score", 4.0).containsEntry("level", 4);
    }

    @Test
    void noFiguresGiveNoLevelRatherThanOpelOne() {
        Map<String, Object> opel = EscalationScore.site(table(), Map.of());

        assertThat(opel).containsEntry("level", null).containsEntry("score", null);
    }

    @Test
    void noCriteriaToResideHasNoShareWhileNoBedIsOccupied() {
        assertThat(EscalationScore.valueOf("nctrPct", figures("nctr", 0, "occupiedBeds", 0)))
                .isNull();
        assertThat(EscalationScore.valueOf("nctrPct", figures("nctr", 3, "occupiedBeds", 8)))
                .isEqualTo(37.5);
    }

    @Test
    void escalationBedsAreAShareOfTheOpenBedsWithNoneWhileNoBedIsOpen() {
        assertThat(
                        EscalationScore.valueOf(
                                "escalationBedsPct", figures("escalationBeds", 8, "openBeds", 208)))
                .isEqualTo(3.8);
        // 1 of 16 = 6.25%, half up
        assertThat(
                        EscalationScore.valueOf(
                                "escalationBedsPct", figures("escalationBeds", 1, "openBeds", 16)))
                .isEqualTo(6.3);
        assertThat(
                        EscalationScore.valueOf(
                                "escalationBedsPct", figures("escalationBeds", 0, "openBeds", 0)))
                .isNull();
        assertThat(EscalationScore.valueOf("escalationBedsPct", figures("openBeds", 200))).isNull();
    }

    @Test
    void theEscalationBedsShareIsScoredLikeAnyOtherParameter() {
        // occupancy 80% scores 1 (weight 1); 12 of 200 open beds are escalation beds, 6.0%,
        // scoring 3 (weight 1): (1 + 3) / 2
        Map<String, Object> opel =
                EscalationScore.site(
                        table(),
                        figures("occupancyPct", 80.0, "openBeds", 200, "escalationBeds", 12));

        assertThat(parameter(opel, 4))
                .containsEntry("metric", "escalationBedsPct")
                .containsEntry("value", 6.0)
                .containsEntry("score", 3);
        assertThat(opel).containsEntry("score", 2.0).containsEntry("level", 2);
    }

    @Test
    void theLevelBandsStartEachLevelAtTheirScore() {
        EscalationTable table = table();
        assertThat(table.levelOf(1.74)).isEqualTo(1);
        assertThat(table.levelOf(1.75)).isEqualTo(2);
        assertThat(table.levelOf(2.5)).isEqualTo(3);
        assertThat(table.levelOf(3.25)).isEqualTo(4);
    }

    @Test
    void theIcsScoreWeighsEachSiteByItsOpenBeds() {
        Map<String, SiteScore> sites = new LinkedHashMap<>();
        sites.put("A", new SiteScore(4.0, 100));
        sites.put("B", new SiteScore(1.0, 300));
        sites.put("C", new SiteScore(null, 500));

        Map<String, Object> opel = EscalationScore.ics(table(), sites);

        // (4 x 100 + 1 x 300) / 400: the site with no score yet does not count
        assertThat(opel).containsEntry("score", 1.75).containsEntry("level", 2);
        assertThat(opel).containsEntry("method", "bed-weighted-mean");
        assertThat(site(opel, "A")).containsEntry("level", 4).containsEntry("openBeds", 100);
    }

    @Test
    void theHighestMethodTakesTheWorstSite() {
        Map<String, SiteScore> sites = new LinkedHashMap<>();
        sites.put("A", new SiteScore(2.6, 100));
        sites.put("B", new SiteScore(1.0, 300));

        Map<String, Object> opel =
                EscalationScore.ics(table(EscalationTable.IcsMethod.HIGHEST), sites);

        assertThat(opel).containsEntry("score", 2.6).containsEntry("level", 3);
    }

    @Test
    void anIcsWithoutScoredSitesHasNoLevel() {
        Map<String, Object> opel =
                EscalationScore.ics(table(), Map.of("A", new SiteScore(null, 10)));

        assertThat(opel).containsEntry("level", null).containsEntry("score", null);
    }

    static Map<String, Object> figures(Object... keysAndValues) {
        Map<String, Object> figures = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            figures.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> site(Map<String, Object> opel, String code) {
        return (Map<String, Object>) ((Map<String, Object>) opel.get("sites")).get(code);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parameter(Map<String, Object> opel, int index) {
        return (Map<String, Object>) ((List<?>) opel.get("parameters")).get(index);
    }
}
