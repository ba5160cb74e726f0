package org.flowboard.jobs.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Site;
import org.flowboard.jobs.FlinkCluster;
import org.flowboard.jobs.FlowMetrics;
import org.flowboard.jobs.MetricsAtInstant;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of random histories through the real job graph on a MiniCluster, each compared at its
 * as-of instant with {@link ReferenceModel}, DESIGN.md section 6 applied literally. Many histories
 * share one job (each with its own sites), so the ICS totals are checked over a whole batch.
 *
 * <p>To replay one history alone: {@code -Dflowboard.seed=SEED -Dflowboard.t=EPOCH_MS}.
 */
class FlowMetricsDifferentialTest {

    @RegisterExtension static final MiniClusterExtension FLINK = FlinkCluster.extension();

    static final int JOBS = 60;
    static final int HISTORIES_PER_JOB = 50;

    /** As-of instants around the clock changes, midnight and noon, in Europe/London. */
    static final List<Instant> INSTANTS =
            List.of(
                    Instant.parse("2026-03-29T10:00:00Z"), // the 23-hour day, 11:00 BST
                    Instant.parse("2026-03-29T00:30:00Z"), // 00:30 GMT, before the change
                    Instant.parse("2026-03-29T22:59:59Z"), // 23:59:59 BST, end of the short day
                    Instant.parse("2026-03-28T23:59:59Z"),
                    Instant.parse("2026-10-25T00:30:00Z"), // 01:30 BST, the first 01:30
                    Instant.parse("2026-10-25T01:30:00Z"), // 01:30 GMT, the repeated hour
                    Instant.parse("2026-10-25T11:59:59Z"), // just before noon, the 25-hour day
                    Instant.parse("2026-10-25T12:00:00Z"), // noon
                    Instant.parse("2026-10-25T23:59:59Z"), // end of the long day
                    Instant.parse("2026-10-24T23:00:00Z"), // local midnight, BST
                    Instant.parse("2026-06-15T11:00:00Z"), // local noon, BST
                    Instant.parse("2026-01-10T09:17:00Z"));

    @Test
    void everyFigureAtTheAsOfInstantEqualsTheReferenceModel() throws Exception {
        String seed = System.getProperty("flowboard.seed");
        List<RandomHistories.Batch> batches = new ArrayList<>();
        if (seed != null) {
            batches.add(
                    RandomHistories.single(
                            Long.parseLong(seed),
                            Long.parseLong(System.getProperty("flowboard.t"))));
        } else {
            Random random = new Random(20260329);
            for (int job = 0; job < JOBS; job++) {
                long t = INSTANTS.get(job % INSTANTS.size()).toEpochMilli();
                if (job >= INSTANTS.size()) {
                    // Elsewhere in the day, to the second.
                    t += 1000L * (random.nextInt(4 * 3600) - 2 * 3600);
                }
                batches.add(RandomHistories.batch(job + 1, HISTORIES_PER_JOB, t));
            }
        }
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> sitesWithSome = new HashMap<>();
        int histories = 0;
        for (RandomHistories.Batch batch : batches) {
            mismatches.addAll(check(batch, sitesWithSome));
            histories += batch.histories().size();
        }
        assertThat(mismatches).as("mismatches over %d histories", histories).isEmpty();
        if (seed == null) {
            assertThat(histories).isGreaterThanOrEqualTo(2000);
            // The histories reach every figure, not just zeros.
            for (String field : COVERED) {
                assertThat(sitesWithSome.getOrDefault(field, 0)).as(field).isGreaterThan(20);
            }
        }
    }

    static final List<String> COVERED =
            List.of(
                    "escalationBeds",
                    "occupiedBeds",
                    "unknownLocation",
                    "admissionsToday",
                    "dischargesToday",
                    "dischargesBeforeNoonToday",
                    "nctr",
                    "los7plus",
                    "los14plus",
                    "los21plus",
                    "ambulancesWaiting",
                    "handoversToday",
                    "handoversOver60Today",
                    "hoursLostToday");

    private static List<String> check(RandomHistories.Batch batch, Map<String, Integer> coverage)
            throws Exception {
        long t = batch.t();
        Map<String, MetricsUpdate> actual = new HashMap<>();
        for (MetricsUpdate update : MetricsAtInstant.complete(batch.ics(), run(batch), t)) {
            actual.put(update.scope() + "|" + update.id() + "|" + update.group(), update);
        }
        Map<String, Map<String, Object>> expected =
                ReferenceModel.figuresAt(batch.ics(), batch.received(), t);
        Map<String, Long> seedOfSite = new HashMap<>();
        for (RandomHistories.History history : batch.histories()) {
            for (Site site : history.sites()) {
                seedOfSite.put(site.code(), history.seed());
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : expected.entrySet()) {
            entry.getValue()
                    .forEach(
                            (field, value) -> {
                                if (value instanceof Number n && n.doubleValue() > 0) {
                                    coverage.merge(field, 1, Integer::sum);
                                }
                            });
            MetricsUpdate update = actual.remove(entry.getKey());
            Map<String, Object> got = update == null ? Map.of() : update.fields();
            Map<String, String> diff = diff(entry.getValue(), got);
            if (!diff.isEmpty()) {
                String id = entry.getKey().split("\\|")[1];
                Long seed = seedOfSite.get(id);
                mismatches.add(
                        (seed == null
                                        ? "ICS of batch at T=" + t
                                        : "history -Dflowboard.seed="
                                                + seed
                                                + " -Dflowboard.t="
                                                + t)
                                + " ("
                                + Instant.ofEpochMilli(t)
                                + ") "
                                + entry.getKey()
                                + (update == null ? " (missing at T)" : "")
                                + ": "
                                + diff);
            }
        }
        actual.keySet().forEach(key -> mismatches.add("unexpected update at T: " + key));
        return mismatches;
    }

    /** Field by field, "expected -> actual"; fields the reference does not define are skipped. */
    private static Map<String, String> diff(Map<String, Object> want, Map<String, Object> got) {
        Map<String, String> diff = new LinkedHashMap<>();
        want.forEach(
                (field, value) -> {
                    Object other = got.get(field);
                    if (!Objects.equals(withoutNulls(value), withoutNulls(other))) {
                        diff.put(field, value + " -> " + other);
                    }
                });
        return diff;
    }

    /**
     * The JSON that updates travel as leaves out null values (Json.mapper() is NON_NULL), so a
     * missing field and a null one are the same here.
     */
    private static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> kept = new LinkedHashMap<>();
            map.forEach(
                    (k, v) -> {
                        if (v != null) {
                            kept.put(k, withoutNulls(v));
                        }
                    });
            return kept;
        }
        return value;
    }

    private static List<MetricsUpdate> run(RandomHistories.Batch batch) throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(FlinkCluster.noKryo());
        env.setParallelism(2);
        DataStream<FlowEvent> events =
                env.fromData(FlowEvent.class, batch.received().toArray(FlowEvent[]::new))
                        .setParallelism(1)
                        .assignTimestampsAndWatermarks(
                                WatermarkStrategy.<FlowEvent>forGenerator(
                                                ctx ->
                                                        new EveryEventWatermarks(
                                                                RandomHistories.OUT_OF_ORDERNESS
                                                                        .toMillis()))
                                        .withTimestampAssigner((e, ts) -> e.eventTime()))
                        .setParallelism(1)
                        // As flow.events is keyed by site: one site's events stay in the order
                        // received, whichever subtask reads them.
                        .keyBy(FlowEvent::site);
        List<MetricsUpdate> out = new ArrayList<>();
        try (CloseableIterator<MetricsUpdate> it =
                FlowMetrics.defineWorkflow(events, batch.ics(), batch.t()).executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }
}
