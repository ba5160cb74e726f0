package org.flowboard.simulator;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The random draws of the simulator, all from one seeded generator so that a seed gives one
 * history. Figures are chosen to look like a busy English acute trust.
 */
final class Distributions {

    /** Admissions by local hour: quiet at night, busiest in the afternoon and evening. */
    private static final double[] ADMISSIONS_BY_HOUR = {
        0.55, 0.45, 0.40, 0.35, 0.30, 0.30, 0.35, 0.45, 0.65, 0.85, 1.00, 1.15,
        1.30, 1.45, 1.55, 1.65, 1.70, 1.70, 1.60, 1.50, 1.30, 1.10, 0.90, 0.70
    };

    /** ED attendances by local hour: a morning ramp and a long afternoon plateau. */
    private static final double[] ED_BY_HOUR = {
        0.55, 0.45, 0.35, 0.30, 0.30, 0.35, 0.50, 0.80, 1.20, 1.45, 1.55, 1.55,
        1.50, 1.45, 1.40, 1.35, 1.35, 1.35, 1.30, 1.20, 1.05, 0.90, 0.75, 0.65
    };

    /**
     * Discharges by local hour: a few early, most between 09:00 and 20:00 and more of them after
     * noon, when take-home medicines and transport are ready.
     */
    private static final double[] DISCHARGES_BY_HOUR = {
        0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.05, 0.15, 0.45, 0.80, 1.00,
        1.15, 1.25, 1.35, 1.40, 1.40, 1.25, 0.95, 0.65, 0.30, 0.15, 0.05, 0.00
    };

    /** Length of stay is log-normal: median 4 days, a long tail past three weeks. */
    private static final double LOS_MEDIAN_DAYS = 4.0;

    private static final double LOS_SIGMA = 0.95;
    private static final double LOS_MAX_DAYS = 60.0;

    private final SplittableRandom random;

    Distributions(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static double admissionWeight(int localHour) {
        return ADMISSIONS_BY_HOUR[localHour] / mean(ADMISSIONS_BY_HOUR);
    }

    static double edWeight(int localHour) {
        return ED_BY_HOUR[localHour] / mean(ED_BY_HOUR);
    }

    /** Mean length of stay of {@link #lengthOfStay()}, in days (log-normal mean, uncapped). */
    static double meanLengthOfStayDays(double medianScale) {
        return LOS_MEDIAN_DAYS * medianScale * Math.exp(LOS_SIGMA * LOS_SIGMA / 2);
    }

    double uniform() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int fromInclusive, int toExclusive) {
        return random.nextInt(fromInclusive, toExclusive);
    }

    Duration minutesBetween(int from, int to) {
        return Duration.ofSeconds(random.nextLong(from * 60L, to * 60L));
    }

    /** A Poisson count with the given mean (Knuth; means here are small). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    double gaussian() {
        // Box-Muller from two uniforms, so that the draw order stays under our control.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Length of stay, scaled (community rehabilitation beds keep patients longer). */
    Duration lengthOfStay(double medianScale) {
        double days = LOS_MEDIAN_DAYS * medianScale * Math.exp(LOS_SIGMA * gaussian());
        return days(Math.min(days, LOS_MAX_DAYS * medianScale));
    }

    /**
     * Length of stay of a patient found in a bed at a random moment: longer stays are more likely
     * to be found (length-biased), which is what makes a census realistic.
     */
    Duration lengthOfStayOfCensusPatient(double medianScale) {
        double max = LOS_MAX_DAYS * medianScale;
        while (true) {
            Duration los = lengthOfStay(medianScale);
            if (random.nextDouble() * max < los.toMinutes() / 1440.0) {
                return los;
            }
        }
    }

    /** Local hour and minute a discharge happens on its day. */
    int dischargeMinuteOfDay() {
        return pickHour(DISCHARGES_BY_HOUR) * 60 + random.nextInt(60);
    }

    /**
     * Ambulance handover delay: mostly 15-40 minutes, some over an hour, longer still when the
     * hospital has no beds (crews wait with patients who cannot leave the corridor).
     */
    Duration handoverDelay(double occupancy) {
        double pressure = 1.0 + Math.max(0, occupancy - 0.90) * 6;
        double minutes = 24 * Math.exp(0.5 * gaussian()) * pressure;
        return Duration.ofSeconds(Math.round(Math.min(Math.max(minutes, 6), 300) * 60));
    }

    /** Discharge pathway 0-3 of a patient who no longer meets the criteria to reside. */
    int pathway() {
        double p = random.nextDouble();
        return p < 0.15 ? 0 : p < 0.60 ? 1 : p < 0.85 ? 2 : 3;
    }

    private int pickHour(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double at = random.nextDouble() * total;
        for (int hour = 0; hour < weights.length; hour++) {
            at -= weights[hour];
            if (at < 0 && weights[hour] > 0) {
                return hour;
            }
        }
        return 15;
    }

    private static Duration days(double days) {
        return Duration.ofMinutes(Math.round(days * 1440));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
