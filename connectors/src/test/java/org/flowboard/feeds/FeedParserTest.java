package org.flowboard.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.IcsLoader;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final Instant AT_0815 = Instant.parse("2026-03-02T08:15:00Z");

    private final FeedParser parser = new FeedParser(IcsLoader.demo(), FeedParserTest::fakeKey);

    /** Stands in for the keyed hash: opaque, and different for every site and visit. */
    private static String fakeKey(String site, String visit) {
        return "k" + Integer.toHexString((site + "|" + visit).hashCode());
    }

    private LineResult one(FeedKind feed, String line) {
        List<LineResult> results = parser.parse(feed, line);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void anAmbulanceArrivalBecomesACanonicalEvent() {
        LineResult result =
                one(
                        FeedKind.AMBULANCE,
                        """
                        {"kind":"ambulance.arrived","incident":"INC-77","callSign":"NV-217","site":"RZZ01","time":"2026-03-02T08:15:00Z","crew":"ignored"}""");

        FlowEvent event = result.event();
        assertThat(event.kind()).isEqualTo(EventKind.AMBULANCE_ARRIVED);
        assertThat(event.site()).isEqualTo("RZZ01");
        assertThat(event.eventInstant()).isEqualTo(AT_0815);
        assertThat(event.ambulance().incident()).isEqualTo("INC-77");
        assertThat(event.ambulance().callSign()).isEqualTo("NV-217");
    }

    @Test
    void anOffsetTimeIsTheSameInstant() {
        LineResult result =
                one(
                        FeedKind.AMBULANCE,
                        """
                        {"kind":"ambulance.handedOver","incident":"INC-77","callSign":"NV-217","site":"RZZ01","time":"2026-03-02T09:15:00+01:00"}""");

        assertThat(result.event().eventInstant()).isEqualTo(AT_0815);
    }

    @Test
    void capacityNeedsAWardOfTheSiteAndWholeNumbersOfBeds() {
        LineResult ok =
                one(
                        FeedKind.CAPACITY,
                        """
                        {"kind":"capacity","site":"RZZ01","ward":"NG-A1","openCore":26,"openEscalation":4,"time":"2026-03-02T08:15:00Z"}""");
        assertThat(ok.event().capacity().openCore()).isEqualTo(26);
        assertThat(ok.event().capacity().openEscalation()).isEqualTo(4);

        assertThat(
                        one(
                                        FeedKind.CAPACITY,
                                        """
                        {"kind":"capacity","site":"RZZ01","ward":"XX-9","openCore":26,"openEscalation":4,"time":"2026-03-02T08:15:00Z"}""")
                                .error())
                .isEqualTo("ward 'XX-9' is not a ward of RZZ01 in the ICS file");
        assertThat(
                        one(
                                        FeedKind.CAPACITY,
                                        """
                        {"kind":"capacity","site":"RZZ01","ward":"NG-A1","openCore":-1,"openEscalation":4,"time":"2026-03-02T08:15:00Z"}""")
                                .error())
                .isEqualTo("'openCore' must be a whole number of beds from 0 to 10000");
    }

    @Test
    void readinessIsPseudonymisedAtOnceAndTheVisitNumberGoesNoFurther() {
        LineResult result =
                one(
                        FeedKind.READINESS,
                        """
                        {"kind":"readiness","site":"RZZ02","visit":"V123456","criteriaToReside":false,"pathway":1,"time":"2026-03-02T08:15:00Z"}""");

        assertThat(result.event().readiness().encounterKey())
                .isEqualTo(fakeKey("RZZ02", "V123456"));
        assertThat(result.event().readiness().criteriaToReside()).isFalse();
        assertThat(result.event().readiness().pathway()).isEqualTo(1);
        assertThat(result.event().sourceId()).doesNotContain("V123456");
    }

    @Test
    void aMissingPathwayIsAllowedButAnImpossibleOneIsNot() {
        assertThat(
                        one(
                                        FeedKind.READINESS,
                                        """
                        {"kind":"readiness","site":"RZZ02","visit":"V1","criteriaToReside":true,"time":"2026-03-02T08:15:00Z"}""")
                                .event()
                                .readiness()
                                .pathway())
                .isNull();
        assertThat(
                        one(
                                        FeedKind.READINESS,
                                        """
                        {"kind":"readiness","site":"RZZ02","visit":"V1","criteriaToReside":false,"pathway":4,"time":"2026-03-02T08:15:00Z"}""")
                                .error())
                .isEqualTo("'pathway' must be a discharge pathway 0, 1, 2 or 3, or null");
    }

    @Test
    void eachBadLineIsRefusedWithItsReasonAndTheGoodLinesStillCount() {
        String body =
                """
                {"kind":"ambulance.arrived","incident":"I1","callSign":"NV-1","site":"RZZ01","time":"2026-03-02T08:15:00Z"}
                {"kind":"ambulance.arrived","incident":"I2","site":"RZZ01","time":"2026-03-02T08:15:00Z"}
                not json at all

                {"kind":"ambulance.arrived","incident":"I3","callSign":"NV-3","site":"ZZZ99","time":"2026-03-02T08:15:00Z"}
                {"kind":"ambulance.arrived","incident":"I4","callSign":"NV-4","site":"RZZ01","time":"yesterday"}
                {"kind":"capacity","site":"RZZ01","ward":"NG-A1","openCore":1,"openEscalation":0,"time":"2026-03-02T08:15:00Z"}
                {"kind":"ambulance.teleported","incident":"I5","callSign":"NV-5","site":"RZZ01","time":"2026-03-02T08:15:00Z"}
                """;

        List<LineResult> results = parser.parse(FeedKind.AMBULANCE, body);

        assertThat(results).extracting(LineResult::line).containsExactly(1, 2, 3, 5, 6, 7, 8);
        assertThat(results.get(0).isAccepted()).isTrue();
        assertThat(results.get(1).error()).isEqualTo("'callSign' is missing");
        assertThat(results.get(2).error()).startsWith("not JSON");
        assertThat(results.get(3).error()).isEqualTo("site 'ZZZ99' is not in the ICS file QZZ");
        assertThat(results.get(4).error())
                .startsWith("time 'yesterday' is not an ISO-8601 instant");
        assertThat(results.get(5).error())
                .isEqualTo("kind 'capacity' does not belong on the ambulance feed");
        assertThat(results.get(6).error()).isEqualTo("kind 'ambulance.teleported' is unknown");
    }

    @Test
    void aSingleObjectOverSeveralLinesAndAnArrayAreAccepted() {
        String pretty =
                """
                {
                  "kind": "ambulance.clear",
                  "incident": "I1",
                  "callSign": "NV-1",
                  "site": "RZZ01",
                  "time": "2026-03-02T08:15:00Z"
                }
                """;
        assertThat(parser.parse(FeedKind.AMBULANCE, pretty))
                .singleElement()
                .satisfies(r -> assertThat(r.isAccepted()).isTrue());

        String array =
                """
                [{"kind":"ambulance.arrived","incident":"I1","callSign":"NV-1","site":"RZZ01","time":"2026-03-02T08:15:00Z"},
                 {"kind":"ambulance.arrived","incident":"I2","site":"RZZ01","time":"2026-03-02T08:15:00Z"}]""";
        assertThat(parser.parse(FeedKind.AMBULANCE, array))
                .extracting(LineResult::isAccepted)
                .containsExactly(true, false);
    }

    @Test
    void theSameEventSentTwiceHasTheSameSourceIdSoItIsAppliedOnce() {
        String line =
                """
                {"kind":"ambulance.arrived","incident":"I1","callSign":"NV-1","site":"RZZ01","time":"2026-03-02T08:15:00Z"}""";

        assertThat(one(FeedKind.AMBULANCE, line).event().sourceId())
                .isEqualTo(one(FeedKind.AMBULANCE, line).event().sourceId());
    }

    @Test
    void anOverlongLineIsRefusedWithoutParsingIt() {
        String line = "{\"kind\":\"" + "x".repeat(FeedParser.MAX_LINE_CHARS) + "\"}";

        assertThat(one(FeedKind.AMBULANCE, line).error()).startsWith("line is longer than");
    }
}
