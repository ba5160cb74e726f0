package org.flowboard.ics;

import java.util.List;

/**
 * How the ICS scores the operational pressure (OPEL) of its acute sites: the parameters, each with
 * its thresholds and weight, the bands that turn a weighted score into a level 1 to 4, and how site
 * scores combine into the ICS score. Read from the {@code escalation} section of the ICS file, so
 * that the table an ICS is bound to (NHS England's framework, or a local one) is data, with its
 * source named, and never guessed by the code.
 *
 * @param name what the table is, as shown beside the level
 * @param source where its figures come from
 * @param parameters the acute parameters, in the order the table lists them
 * @param levelBands three ascending weighted mean scores at which OPEL 2, 3 and 4 begin
 * @param icsMethod how acute site scores combine into the ICS score
 */
public record EscalationTable(
        String name,
        String source,
        List<EscalationParameter> parameters,
        List<Double> levelBands,
        IcsMethod icsMethod)
        implements java.io.Serializable {

    public EscalationTable {
        parameters = List.copyOf(parameters);
        levelBands = List.copyOf(levelBands);
    }

    /** OPEL 1 to 4 for a weighted mean score. */
    public int levelOf(double weightedMeanScore) {
        return EscalationParameter.oneAbove(levelBands, weightedMeanScore);
    }

    /** How site scores make the ICS score. */
    public enum IcsMethod {
        /** Each acute site's weighted mean score, weighted by its open beds. */
        BED_WEIGHTED_MEAN("bed-weighted-mean"),
        /** The highest acute site score. */
        HIGHEST("highest");

        private final String yamlName;

        IcsMethod(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        static IcsMethod parse(String name) {
            for (IcsMethod method : values()) {
                if (method.yamlName.equals(name)) {
                    return method;
                }
            }
            return null;
        }
    }
}
