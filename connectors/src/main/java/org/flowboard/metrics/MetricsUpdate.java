package org.flowboard.metrics;

import java.util.Map;

/**
 * One changed group of metrics for one scope, as written to Redis and to {@code flow.metrics}.
 *
 * <p>Jobs compute typed results; their sinks turn them into this shape, so that Redis, Kafka and
 * the dashboard share one format whatever job produced it. The field names are those of DESIGN.md
 * section 6.
 *
 * @param scope {@link #SITE}, or {@link #ICS} for the whole system
 * @param id the ODS site code, or the ICS code
 * @param group which job's figures these are (e.g. {@code occupancy}); groups are stored side by
 *     side
 * @param asOf the event time the figures reflect, epoch milliseconds; an older one never overwrites
 *     a newer
 * @param fields metric name to value (numbers, null, or nested maps such as per-ward figures)
 */
public record MetricsUpdate(
        String scope, String id, String group, long asOf, Map<String, Object> fields) {

    public static final String SITE = "site";
    public static final String ICS = "ics";

    public String redisKey() {
        return "flowboard:metrics:" + scope + ":" + id;
    }
}
