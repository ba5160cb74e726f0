package org.flowboard.dashboard.wallboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscalationTest {

    @Test
    void theDriversAreTheParametersScoringThreeOrFourWorstFirst() {
        Escalation escalation =
                Escalation.from(
                        opel(
                                3,
                                List.of(
                                        parameter("Mean handover (min)", 41.2, 3),
                                        parameter("Occupancy (%)", 96.0, 4),
                                        parameter("NCTR (%)", 8.0, 1),
                                        Map.of(
                                                "label",
                                                "ED 4-hour performance",
                                                "available",
                                                false))));

        assertThat(escalation.headline()).isEqualTo("OPEL 3");
        assertThat(escalation.cssClass()).isEqualTo("opel-3");
        assertThat(escalation.drivers())
                .containsExactly(
                        "Occupancy (%) 96 (score 4)", "Mean handover (min) 41.2 (score 3)");
        assertThat(escalation.unavailable()).containsExactly("ED 4-hour performance");
        assertThat(escalation.table()).isEqualTo("Demo table");
    }

    @Test
    void aTableWithoutFiguresYetSaysSoRatherThanOpelOne() {
        Escalation escalation = Escalation.from(opel(null, List.of()));

        assertThat(escalation.headline()).isEqualTo("OPEL: no figures yet");
        assertThat(escalation.cssClass()).isEqualTo("opel-none");
    }

    @Test
    void withoutATableThereIsNoLevel() {
        assertThat(Escalation.from(Map.of()).headline())
                .isEqualTo("OPEL: no parameter table configured");
        assertThat(Escalation.NONE.headline()).isEqualTo("OPEL: no parameter table configured");
    }

    private static Map<String, Object> opel(Integer level, List<Map<String, Object>> parameters) {
        Map<String, Object> opel = new java.util.HashMap<>();
        opel.put("level", level);
        opel.put("score", level == null ? null : 2.7);
        opel.put("table", "Demo table");
        opel.put("source", "made up");
        opel.put("parameters", parameters);
        return Map.of("opel", opel);
    }

    private static Map<String, Object> parameter(String label, double value, int score) {
        return Map.of("label", label, "value", value, "score", score, "available", true);
    }
}
