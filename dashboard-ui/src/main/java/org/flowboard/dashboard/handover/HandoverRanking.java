package org.flowboard.dashboard.handover;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which EDs would likely hand a crew over soonest: a deliberately simple estimate that anyone can
 * check, shown with its basis. A crew arriving now queues behind the crews already waiting, and
 * each of those has recently taken about the ED's mean handover time today:
 *
 * <pre>estimate = crews waiting × mean handover minutes today</pre>
 *
 * No queue means no wait whatever the mean. A queue with no handover yet today has no estimate and
 * ranks after every ED that has one. It ignores parallel handover bays and the time of day: it is a
 * "likely", not a promise.
 */
public final class HandoverRanking {

    private HandoverRanking() {}

    /**
     * One ED's estimate.
     *
     * @param estimateMinutes null when it cannot be estimated (a queue but no handover today)
     * @param basis the arithmetic in words, shown beside the rank
     */
    public record Estimate(
            String site,
            String name,
            long waiting,
            @Nullable Double meanMinutes,
            @Nullable Long estimateMinutes,
            String basis) {}

    /** A site to rank: its code, its name and its handover figures. */
    public record Ed(String site, String name, SiteHandover figures) {}

    public static List<Estimate> rank(List<Ed> eds) {
        return eds.stream()
                .map(HandoverRanking::estimate)
                .sorted(
                        Comparator.comparing(
                                        (Estimate e) -> e.estimateMinutes(),
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(Estimate::waiting)
                                .thenComparing(
                                        Estimate::meanMinutes,
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(Estimate::site))
                .toList();
    }

    static Estimate estimate(Ed ed) {
        long waiting = ed.figures().ambulancesWaiting();
        Double mean = ed.figures().meanHandoverMinutesToday();
        if (waiting == 0) {
            return new Estimate(ed.site(), ed.name(), 0, mean, 0L, "no crews waiting");
        }
        String crews = waiting + (waiting == 1 ? " crew" : " crews") + " waiting";
        if (mean == null) {
            return new Estimate(
                    ed.site(), ed.name(), waiting, null, null, crews + ", no handover yet today");
        }
        long minutes = Math.round(waiting * mean);
        return new Estimate(
                ed.site(),
                ed.name(),
                waiting,
                mean,
                minutes,
                crews + " × " + oneDecimal(mean) + " min mean today ≈ " + minutes + " min");
    }

    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
