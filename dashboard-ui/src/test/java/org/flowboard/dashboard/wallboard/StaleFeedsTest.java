package org.flowboard.dashboard.wallboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A feed is stale after max(3 × its usual gap, 10 minutes) of silence, on the server clock. */
class StaleFeedsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT_1402 = Instant.parse("2026-11-25T14:02:00Z");
    private static final Instant AT_1411 = Instant.parse("2026-11-25T14:11:00Z");
    private static final Instant AT_1412_01 = Instant.parse("2026-11-25T14:12:01Z");
    private static final Instant AT_1432_01 = Instant.parse("2026-11-25T14:32:01Z");
    private static final Instant YESTERDAY_2350 = Instant.parse("2026-11-24T23:50:00Z");

    @Test
    void quietForTenMinutesIsStaleWhenTheUsualGapIsShort() {
        Map<String, Object> fields = feeds(Map.of("adt", activity(AT_1402, 30)));

        assertThat(StaleFeeds.of("RZZ01", fields, AT_1411, LONDON)).isEmpty();
        List<StaleFeeds.StaleFeed> stale = StaleFeeds.of("RZZ01", fields, AT_1412_01, LONDON);
        assertThat(stale)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.feed()).isEqualTo(Feed.ADT);
                            assertThat(s.message()).isEqualTo("no data from RZZ01 PAS since 14:02");
                        });
    }

    @Test
    void aFeedThatUsuallySendsRarelyGetsThreeGaps() {
        // Usually every 10 minutes: stale only after 30.
        Map<String, Object> fields = feeds(Map.of("capacity", activity(AT_1402, 600)));

        assertThat(StaleFeeds.of("RZZ02", fields, AT_1412_01, LONDON)).isEmpty();
        assertThat(StaleFeeds.of("RZZ02", fields, AT_1432_01, LONDON))
                .extracting(StaleFeeds.StaleFeed::message)
                .containsExactly("no data from RZZ02 Bed manager since 14:02");
    }

    @Test
    void eachFeedIsJudgedOnItsOwnAndNamedForTheControlRoom() {
        Map<String, Object> fields =
                feeds(
                        Map.of(
                                "adt", activity(AT_1411, 30),
                                "ambulance", activity(AT_1402, 60),
                                "readiness", activity(YESTERDAY_2350, 60)));

        assertThat(StaleFeeds.of("RZZ03", fields, AT_1412_01, LONDON))
                .extracting(StaleFeeds.StaleFeed::message)
                .containsExactly(
                        "no data from RZZ03 Ambulance since 14:02",
                        "no data from RZZ03 Discharge hub since 24 Nov 23:50");
    }

    @Test
    void unknownFeedsAndMissingFieldsAreIgnored() {
        assertThat(StaleFeeds.of("RZZ01", Map.of(), AT_1432_01, LONDON)).isEmpty();
        assertThat(
                        StaleFeeds.of(
                                "RZZ01",
                                feeds(Map.of("fax", activity(AT_1402, 30))),
                                AT_1432_01,
                                LONDON))
                .isEmpty();
    }

    private static Map<String, Object> feeds(Map<String, Object> byFeed) {
        return Map.of("feeds", new TreeMap<>(byFeed));
    }

    private static Map<String, Object> activity(Instant lastReceived, long usualGapSeconds) {
        return Map.of(
                "lastReceivedAt",
                lastReceived.toString(),
                "lastEventAt",
                lastReceived.toString(),
                "usualGapSeconds",
                usualGapSeconds,
                "events",
                100);
    }
}
