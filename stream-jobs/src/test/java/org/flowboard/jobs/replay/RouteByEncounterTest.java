package org.flowboard.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteByEncounterTest {

    private final RouteByEncounter route = new RouteByEncounter();

    private String key(Feed feed, String text) {
        return route.getKey(new RawRecord(feed, text));
    }

    @Test
    void routesAdtByVisitNumberElseAccountNumber() {
        String visit =
                "MSH|^~\\&|A|B\rPID|1||X|||||||||||||||A77\rPV1|1|I|W^^^S||||||||||||||||V42^^^NG";
        String account = "MSH|^~\\&|A|B\rPID|1||X|||||||||||||||A77\rPV1|1|I|W^^^S";

        assertThat(key(Feed.ADT, visit)).isEqualTo("V42");
        assertThat(key(Feed.ADT, account)).isEqualTo("A77");
        assertThat(key(Feed.ADT, "garbage")).isEmpty();
    }

    @Test
    void routesFeedLinesByVisitOrIncident() {
        assertThat(key(Feed.READINESS, "{\"kind\":\"readiness\",\"visit\": \"V9\",\"x\":1}"))
                .isEqualTo("V9");
        assertThat(key(Feed.AMBULANCE, "{\"incident\":\"inc-1\",\"site\":\"RZZ01\"}"))
                .isEqualTo("inc-1");
        assertThat(key(Feed.AMBULANCE, "not json")).isEmpty();
    }

    @Test
    void spreadsKeysOverBothParsers() {
        assertThat(route.partition("V1", 2)).isBetween(0, 1);
        long first =
                java.util.stream.IntStream.range(0, 1000)
                        .filter(i -> route.partition("V" + i, 2) == 0)
                        .count();
        assertThat(first).isBetween(400L, 600L);
    }
}
