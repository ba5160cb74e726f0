package org.flowboard.jobs.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.metrics.MetricsUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedActivityFunctionTest {

    private static final Instant AT_1400 = Instant.parse("2026-03-02T14:00:00Z");
    private static final Instant AT_140005 = Instant.parse("2026-03-02T14:00:05Z");
    private static final Instant AT_140020 = Instant.parse("2026-03-02T14:00:20Z");

    private KeyedOneInputStreamOperatorTestHarness<String, FlowEvent, MetricsUpdate> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new FeedActivityFunction()),
                        FlowEvent::site,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void admitReceivedAt(Instant received) throws Exception {
        FlowEvent event =
                FlowEvent.admit(
                                "m-" + received,
                                "RZZ01",
                                "enc",
                                "NG-A1",
                                null,
                                received.minusSeconds(30))
                        .receivedAt(received.toEpochMilli());
        harness.processElement(event, event.eventTime());
    }

    @Test
    void theFirstEventOfAFeedIsReportedAtOnceThenAtMostEveryTenSeconds() throws Exception {
        admitReceivedAt(AT_1400);
        admitReceivedAt(AT_140005);
        admitReceivedAt(AT_140020);

        assertThat(harness.extractOutputValues())
                .extracting(MetricsUpdate::asOf)
                .containsExactly(AT_1400.toEpochMilli(), AT_140020.toEpochMilli());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> feeds =
                (Map<String, Map<String, Object>>)
                        harness.extractOutputValues().get(1).fields().get("feeds");
        Map<String, Object> adt = feeds.get("adt");
        assertThat(adt)
                .containsEntry("lastReceivedAt", "2026-03-02T14:00:20Z")
                .containsEntry("lastEventAt", "2026-03-02T13:59:50Z")
                .containsEntry("events", 3L);
        assertThat((Long) adt.get("usualGapSeconds")).isBetween(5L, 15L);
    }

    @Test
    void eachEventKindBelongsToTheFeedThatCarriesIt() {
        assertThat(FeedActivityFunction.feedOf(EventKind.CANCEL_TRANSFER)).isEqualTo("adt");
        assertThat(FeedActivityFunction.feedOf(EventKind.ED_ARRIVAL)).isEqualTo("adt");
        assertThat(FeedActivityFunction.feedOf(EventKind.AMBULANCE_CLEAR)).isEqualTo("ambulance");
        assertThat(FeedActivityFunction.feedOf(EventKind.CAPACITY)).isEqualTo("capacity");
        assertThat(FeedActivityFunction.feedOf(EventKind.READINESS)).isEqualTo("readiness");
    }
}
