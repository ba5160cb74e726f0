package org.flowboard.jobs.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowboard.ics.EscalationParameter;
import org.flowboard.ics.EscalationTable;

/**
 * The OPEL of an acute site from its figures, and of the ICS from its sites, by the ICS file's
 * {@link EscalationTable}. Plain functions of figures, so the live operator and a replay's figures
 * at T give the same level.
 */
public final class EscalationScore {

    /** The field of the {@code escalation} group that holds the whole result. */
    public static final String FIELD = "opel";

    private EscalationScore() {}

    /**
     * The site's {@code opel} field: every parameter with its value and score, the weighted mean
     * score and the level; level and score are null while no parameter has a figure.
     *
     * @param figures the site's figures of all groups, by DESIGN.md section 6 field name
     */
    public static Map<String, Object> site(EscalationTable table, Map<String, Object> figures) {
        List<Object> parameters = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (EscalationParameter parameter : table.parameters()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", parameter.label());
            row.put("metric", parameter.metric());
            Double value = parameter.available() ? valueOf(parameter.metric(), figures) : null;
            if (!parameter.available()) {
                row.put("available", false);
                row.put("note", parameter.note());
            } else {
                row.put("available", true);
                row.put("weight", parameter.weight());
                row.put("thresholds", parameter.thresholds());
                row.put("value", value);
                Integer score = value == null ? null : parameter.scoreOf(value);
                row.put("score", score);
                if (score != null) {
                    weighted += parameter.weight() * score;
                    weights += parameter.weight();
                }
            }
            parameters.add(row);
        }
        Double score = weights == 0 ? null : round2(weighted / weights);
        Map<String, Object> extra = new LinkedHashMap<>();
        Double beds = number(figures.get("openBeds"));
        // The ICS score weighs each site by its beds.
        extra.put("openBeds", beds == null ? null : beds.intValue());
        extra.put("parameters", parameters);
        return result(table, score, extra);
    }

    /**
     * The ICS's {@code opel} field from its acute sites' scores, by the table's ICS method.
     *
     * @param sites per site code, its score (null while it has none) and open beds
     */
    public static Map<String, Object> ics(EscalationTable table, Map<String, SiteScore> sites) {
        double weighted = 0;
        double beds = 0;
        double highest = Double.NEGATIVE_INFINITY;
        double plain = 0;
        int scored = 0;
        Map<String, Object> bySite = new LinkedHashMap<>();
        for (Map.Entry<String, SiteScore> entry : sites.entrySet()) {
            SiteScore site = entry.getValue();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("score", site.score());
            row.put("level", site.score() == null ? null : table.levelOf(site.score()));
            row.put("openBeds", site.openBeds());
            bySite.put(entry.getKey(), row);
            if (site.score() != null) {
                scored++;
                plain += site.score();
                weighted += site.score() * site.openBeds();
                beds += site.openBeds();
                highest = Math.max(highest, site.score());
            }
        }
        Double score = null;
        if (scored > 0) {
            score =
                    switch (table.icsMethod()) {
                        case HIGHEST -> highest;
                        // With no open beds anywhere, no site outweighs another.
                        case BED_WEIGHTED_MEAN ->
                                round2(beds > 0 ? weighted / beds : plain / scored);
                    };
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("method", table.icsMethod().yamlName());
        extra.put("sites", bySite);
        return result(table, score, extra);
    }

    private static Map<String, Object> result(
            EscalationTable table, Double score, Map<String, Object> extra) {
        Map<String, Object> opel = new LinkedHashMap<>();
        opel.put("level", score == null ? null : table.levelOf(score));
        opel.put("score", score);
        opel.put("table", table.name());
        opel.put("source", table.source());
        opel.put("levelBands", table.levelBands());
        opel.putAll(extra);
        return opel;
    }

    /** A site's score and open beds, as the ICS score needs them. */
    public record SiteScore(Double score, int openBeds) {}

    /** The figure a parameter reads; null while the site has none. */
    static Double valueOf(String metric, Map<String, Object> figures) {
        return switch (metric) {
            // A share of the beds in use; with none in use there is nothing to share.
            case "nctrPct" -> share(figures.get("nctr"), figures.get("occupiedBeds"));
            // A share of the open beds (core + escalation); with none open, none.
            case "escalationBedsPct" ->
                    share(figures.get("escalationBeds"), figures.get("openBeds"));
            default -> number(figures.get(metric));
        };
    }

    /** 100 × part / whole, one decimal, half up; null without both or when the whole is 0. */
    private static Double share(Object part, Object whole) {
        Double p = number(part);
        Double w = number(whole);
        return p == null || w == null || w == 0 ? null : round1(100 * p / w);
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static double round1(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
