package org.flowboard.dashboard.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowboard.events.Json;
import org.flowboard.metrics.MetricsUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.resps.Tuple;

/**
 * Metrics over time, in Redis: a sorted set per (scope, id, group), score = asOf, member = {@code
 * asOf|json}. The points are the very updates the jobs already write (no second copy of the logic);
 * each dashboard server appends the updates its one subscription receives.
 *
 * <p>Several servers receive the same updates, so appending must be idempotent. One Lua script does
 * it on the server in one step: a point whose minute already holds a point at least as new is
 * skipped; otherwise the older point of that minute is replaced. The same update from two servers
 * therefore leaves one member (a sorted set holds a member once), and whichever order they arrive
 * in, the newest point of each minute wins. The same script trims points older than the retention
 * and sets the key to expire, so a series that stops is dropped too. No designated writer, no
 * coordination.
 */
public final class MetricsHistory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsHistory.class);
    static final String PREFIX = "flowboard:history:";

    // KEYS[1] series; ARGV: asOf, minute start, minute end (exclusive), member, cutoff, ttl ms
    private static final String APPEND =
            """
            local asOf = tonumber(ARGV[1])
            local same = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[2], '(' .. ARGV[3], 'WITHSCORES')
            for i = 1, #same, 2 do
              if tonumber(same[i + 1]) >= asOf then return 0 end
            end
            for i = 1, #same, 2 do redis.call('ZREM', KEYS[1], same[i]) end
            redis.call('ZADD', KEYS[1], asOf, ARGV[4])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[5])
            redis.call('PEXPIRE', KEYS[1], ARGV[6])
            return 1
            """;

    private final JedisPooled jedis;
    private final Retention retention;

    public MetricsHistory(String redisUrl, Retention retention) {
        this.jedis = new JedisPooled(redisUrl);
        this.retention = retention;
    }

    static String key(String scope, String id, String group) {
        return PREFIX + scope + ":" + id + ":" + group;
    }

    /** Appends the update as a point; true if stored (false: skipped group, or not newer). */
    public boolean append(MetricsUpdate update) {
        if (!Retention.kept(update.group())) {
            return false;
        }
        long minute = Retention.minuteStart(update.asOf());
        String member = update.asOf() + "|" + json(Retention.compact(update.fields()));
        Object stored =
                jedis.eval(
                        APPEND,
                        List.of(key(update.scope(), update.id(), update.group())),
                        List.of(
                                Long.toString(update.asOf()),
                                Long.toString(minute),
                                Long.toString(minute + Retention.MINUTE),
                                member,
                                Long.toString(retention.cutoff(update.asOf())),
                                Long.toString(retention.keep().toMillis())));
        return Long.valueOf(1).equals(stored);
    }

    /** The points of a series with asOf in [from, to], oldest first. */
    public List<HistoryPoint> range(String scope, String id, String group, long from, long to) {
        List<HistoryPoint> out = new ArrayList<>();
        for (Tuple tuple : jedis.zrangeByScoreWithScores(key(scope, id, group), from, to)) {
            String member = tuple.getElement();
            int bar = member.indexOf('|');
            try {
                out.add(
                        new HistoryPoint(
                                (long) tuple.getScore(), parse(member.substring(bar + 1))));
            } catch (RuntimeException e) {
                LOG.warn("skipped an unreadable history point in {}: {}", group, e.getMessage());
            }
        }
        return out;
    }

    private static String json(Map<String, Object> fields) {
        try {
            return Json.mapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        jedis.close();
    }
}
