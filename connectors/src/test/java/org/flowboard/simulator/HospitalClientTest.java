package org.flowboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.feeds.FeedKind;
import org.flowboard.feeds.FeedParser;
import org.flowboard.feeds.LineResult;
import org.flowboard.ics.IcsLoader;
import org.junit.jupiter.api.Test;

class HospitalClientTest {

    private static final Instant AT_0815 = Instant.parse("2026-03-02T08:15:00Z");

    // The connector pseudonymises the visit again; here it stands for itself to compare.
    private final FeedParser parser = new FeedParser(IcsLoader.demo(), (site, visit) -> visit);

    private FlowEvent readBack(FeedKind feed, FlowEvent sent) {
        LineResult result = parser.parse(feed, HospitalClient.feedLine(sent)).get(0);
        assertThat(result.error()).isNull();
        return result.event();
    }

    @Test
    void eachFeedLineIsWhatTheFeedEndpointReadsBackAsTheSameEvent() {
        FlowEvent arrived =
                FlowEvent.ambulance(
                        EventKind.AMBULANCE_ARRIVED, "s1", "RZZ01", "INC-1", "NV-217", AT_0815);
        FlowEvent capacity = FlowEvent.capacity("s2", "RZZ01", "NG-A1", 26, 4, AT_0815);
        FlowEvent readiness = FlowEvent.readiness("s3", "RZZ02", "abcdef", false, 2, AT_0815);

        assertThat(readBack(FeedKind.AMBULANCE, arrived))
                .returns(arrived.kind(), FlowEvent::kind)
                .returns(arrived.ambulance(), FlowEvent::ambulance)
                .returns(arrived.eventTime(), FlowEvent::eventTime);
        assertThat(readBack(FeedKind.CAPACITY, capacity).capacity()).isEqualTo(capacity.capacity());
        assertThat(readBack(FeedKind.READINESS, readiness).readiness())
                .isEqualTo(readiness.readiness());
    }

    @Test
    void theAckCodeIsMsa1() {
        assertThat(HospitalClient.ackCode("MSH|^~\\&|FLOWBOARD\rMSA|AA|SIM1\r")).isEqualTo("AA");
        assertThat(HospitalClient.ackCode("MSH|^~\\&|FLOWBOARD\rMSA|AR|SIM1|try later\rERR|\r"))
                .isEqualTo("AR");
        assertThat(HospitalClient.ackCode("garbage")).isEmpty();
    }
}
