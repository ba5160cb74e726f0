package org.flowboard.jobs.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.handover.Ambulances.AT_0800;
import static org.flowboard.jobs.handover.Ambulances.AT_0812;
import static org.flowboard.jobs.handover.Ambulances.AT_0830;
import static org.flowboard.jobs.handover.Ambulances.AT_2330;
import static org.flowboard.jobs.handover.Ambulances.LONDON;
import static org.flowboard.jobs.handover.Ambulances.NEXT_DAY_0010;
import static org.flowboard.jobs.handover.Ambulances.arrived;
import static org.flowboard.jobs.handover.Ambulances.clear;
import static org.flowboard.jobs.handover.Ambulances.handedOver;
import static org.flowboard.jobs.handover.Ambulances.local;

import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.flowboard.events.FlowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SiteHandoverFunctionTest {

    private KeyedOneInputStreamOperatorTestHarness<String, FlowEvent, SiteHandover> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SiteHandoverFunction(LONDON)),
                        SiteHandoverFunction::keyOf,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(FlowEvent event) throws Exception {
        harness.processElement(event, event.eventTime());
    }

    private SiteHandover last() {
        return harness.extractOutputValues().get(harness.extractOutputValues().size() - 1);
    }

    private static long millis(Instant at) {
        return at.toEpochMilli();
    }

    @Test
    void everyChangeOfAnIncidentMovesTheSiteFigures() throws Exception {
        send(arrived("INC-1", "NV-1", AT_0800));
        assertThat(last().ambulancesWaiting()).isEqualTo(1);

        send(handedOver("INC-1", "NV-1", AT_0812));
        assertThat(last().ambulancesWaiting()).isZero();
        assertThat(last().handoversToday()).isEqualTo(1);
        assertThat(last().handoverMillisToday()).isEqualTo(Duration.ofMinutes(12).toMillis());
    }

    @Test
    void aHandoverArrivingBeforeItsArrivalEndsTheSameAsInOrder() throws Exception {
        send(handedOver("INC-1", "NV-217", AT_0830));
        assertThat(last().handoversToday()).as("no arrival yet to measure from").isZero();

        send(arrived("INC-1", "NV-217", AT_0800));

        assertThat(last().ambulancesWaiting()).isZero();
        assertThat(last().handoversToday()).isEqualTo(1);
        assertThat(last().handoverMillisToday()).isEqualTo(Duration.ofMinutes(30).toMillis());
    }

    @Test
    void aRepeatedEventOrAClearEmitsNothing() throws Exception {
        send(arrived("INC-1", "NV-217", AT_0800));
        send(arrived("INC-1", "NV-217", AT_0800));
        send(clear("INC-1", "NV-217", AT_0830));

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void atLocalMidnightTodaysCountsStartAfresh() throws Exception {
        send(arrived("INC-1", "NV-1", AT_2330.minusSeconds(1200)));
        send(handedOver("INC-1", "NV-1", AT_2330));
        assertThat(last().handoversToday()).isEqualTo(1);

        harness.processWatermark(millis(local("2026-03-03T00:00")));

        assertThat(last().handoversToday()).isZero();
        assertThat(last().asOf()).isEqualTo(millis(local("2026-03-03T00:00")));
    }

    @Test
    void aLateHandoverAfterMidnightStillFindsItsArrival() throws Exception {
        send(arrived("INC-1", "NV-1", AT_0800));
        harness.processWatermark(millis(local("2026-03-04T00:00")));
        // Waiting for over a day: taken for a lost handover, and out of the figures.
        assertThat(last().ambulancesWaiting()).isZero();

        // The handover comes late, within the retention: measured from its arrival.
        send(handedOver("INC-1", "NV-1", local("2026-03-04T00:05")));

        assertThat(last().handoversToday()).isEqualTo(1);
        assertThat(last().handoverMillisToday())
                .isEqualTo(millis(local("2026-03-04T00:05")) - millis(AT_0800));
    }

    @Test
    void newsAfterTheRetentionStartsTheIncidentAfresh() throws Exception {
        send(arrived("INC-1", "NV-1", AT_0800));
        harness.processWatermark(millis(AT_0800) + SiteHandoverFunction.RETENTION);

        send(handedOver("INC-1", "NV-1", AT_0800.plus(Duration.ofHours(49))));

        // Forgotten: a handover with no arrival on record measures nothing.
        assertThat(last().handoversToday()).isZero();
        assertThat(last().ambulancesWaiting()).isZero();
    }

    @Test
    void anIncidentHandedOverBeforeTodayLeavesTheFiguresAtMidnightAndTheStateAfterItsRetention()
            throws Exception {
        send(arrived("INC-1", "NV-1", AT_0800));
        send(handedOver("INC-1", "NV-1", AT_0812));

        harness.processWatermark(millis(local("2026-03-03T00:00")));
        assertThat(last().handoversToday()).isZero();
        assertThat(harness.numKeyedStateEntries()).as("kept for late news").isPositive();

        // 48 hours after its latest news, the next midnight forgets it.
        harness.processWatermark(millis(local("2026-03-05T00:00")));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aCrewStillShownWaitingADayLaterIsALostHandoverAndIsForgotten() throws Exception {
        send(arrived("INC-1", "NV-1", AT_0800));

        harness.processWatermark(millis(local("2026-03-03T00:00")));
        assertThat(last().ambulancesWaiting()).isEqualTo(1);

        harness.processWatermark(millis(local("2026-03-04T00:00")));
        assertThat(last().ambulancesWaiting()).isZero();

        harness.processWatermark(millis(local("2026-03-05T00:00")));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void withAnAsOfInstantReportsOnlyTheFiguresAtItAndBooksNoMidnightAfterIt() throws Exception {
        long asOf = millis(NEXT_DAY_0010);
        try (KeyedOneInputStreamOperatorTestHarness<String, FlowEvent, SiteHandover> replay =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SiteHandoverFunction(LONDON, asOf)),
                        SiteHandoverFunction::keyOf,
                        Types.STRING)) {
            replay.open();
            FlowEvent waiting = arrived("INC-1", "NV-1", AT_2330);
            replay.processElement(waiting, waiting.eventTime());

            replay.processWatermark(asOf);

            // A replay reads only the figures at T: nothing is sent on before it.
            assertThat(replay.extractOutputValues())
                    .extracting(SiteHandover::asOf)
                    .containsExactly(asOf);
            assertThat(replay.extractOutputValues().get(0).longestWaitMinutes()).isEqualTo(40);
            assertThat(replay.numEventTimeTimers()).isZero();
        }
    }
}
