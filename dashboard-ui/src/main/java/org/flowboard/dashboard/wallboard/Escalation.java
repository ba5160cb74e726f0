package org.flowboard.dashboard.wallboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A site's or the ICS's OPEL (group {@code escalation}, field {@code opel}): the level with the
 * parameters that drive it, the table it was scored by, and what the table asks for that FlowBoard
 * has no feed for. With no table in the ICS file there is no such group, and the screen says so.
 *
 * @param level OPEL 1 to 4; null while no parameter has a figure
 * @param drivers the parameters scoring 3 or 4, worst first, as "label value (score n)"
 * @param unavailable the table's parameters FlowBoard cannot supply yet
 */
public record Escalation(
        @Nullable Integer level,
        @Nullable Double score,
        String table,
        String source,
        List<String> drivers,
        List<String> unavailable) {

    public static final String GROUP = "escalation";
    public static final Escalation NONE = new Escalation(null, null, "", "", List.of(), List.of());

    public static Escalation from(Map<String, Object> fields) {
        if (!(fields.get("opel") instanceof Map<?, ?> opel)) {
            return NONE;
        }
        List<Map<?, ?>> scored = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        if (opel.get("parameters") instanceof List<?> parameters) {
            for (Object item : parameters) {
                if (!(item instanceof Map<?, ?> parameter)) {
                    continue;
                }
                if (Boolean.FALSE.equals(parameter.get("available"))) {
                    unavailable.add(String.valueOf(parameter.get("label")));
                } else if (scoreOf(parameter) >= 3) {
                    scored.add(parameter);
                }
            }
        }
        scored.sort(Comparator.comparingInt(Escalation::scoreOf).reversed());
        List<String> drivers =
                scored.stream()
                        .map(
                                p ->
                                        p.get("label")
                                                + " "
                                                + figure(p.get("value"))
                                                + " (score "
                                                + scoreOf(p)
                                                + ")")
                        .toList();
        return new Escalation(
                opel.get("level") instanceof Number n ? n.intValue() : null,
                opel.get("score") instanceof Number s ? s.doubleValue() : null,
                String.valueOf(opel.get("table")),
                String.valueOf(opel.get("source")),
                drivers,
                List.copyOf(unavailable));
    }

    /** "OPEL 3", or why there is no level. */
    public String headline() {
        if (this == NONE || table.isEmpty()) {
            return "OPEL: no parameter table configured";
        }
        return level == null ? "OPEL: no figures yet" : "OPEL " + level;
    }

    /** The CSS class of the level, so colour and text agree. */
    public String cssClass() {
        return level == null ? "opel-none" : "opel-" + level;
    }

    private static int scoreOf(Map<?, ?> parameter) {
        return parameter.get("score") instanceof Number n ? n.intValue() : 0;
    }

    private static String figure(@Nullable Object value) {
        if (value instanceof Number n) {
            double v = n.doubleValue();
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
        return "–";
    }
}
