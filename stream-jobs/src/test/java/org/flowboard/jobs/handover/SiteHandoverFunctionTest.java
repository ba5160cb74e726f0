package org.flowboard.jobs.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.jobs.handover.Ambulances.AT_0800;
import static org.flowboard.jobs.handover.Ambulances.AT_0812;
import static org.flowboard.jobs.handover.Ambulances.AT_2330;
import static org.flowboard.jobs.handover.Ambulances.LONDON;
import static org.flowboard.jobs.handover.Ambulances.NEXT_DAY_0010;
import static org.flowboard.jobs.handover.Ambulances.incident;
import static org.flowboard.jobs.handover.Ambulances.local;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SiteHandoverFunctionTest {

    private KeyedOneInputStreamOperatorTestHarness<String, Incident, SiteHandover> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SiteHandoverFunction(LONDON)),
                        Incident::site,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(Incident incident) throws Exception {
        harness.processElement(incident, incident.eventTime());
    }

    private SiteHandover last() {
        return harness.extractOutputValues().get(harness.extractOutputValues().size() - 1);
    }

    @Test
    void everyChangeOfAnIncidentMovesTheSiteFigures() throws Exception {
        send(incident("NV-1", AT_0800, null));
        assertThat(last().ambulancesWaiting()).isEqualTo(1);

        send(incident("NV-1", AT_0800, AT_0812));
        assertThat(last().ambulancesWaiting()).isZero();
        assertThat(last().handoversToday()).isEqualTo(1);
    }

    @Test
    void atLocalMidnightTodaysCountsStartAfresh() throws Exception {
        send(incident("NV-1", AT_2330.minusSeconds(1200), AT_2330));
        assertThat(last().handoversToday()).isEqualTo(1);

        harness.processWatermark(local("2026-03-03T00:00").toEpochMilli());

        assertThat(last().handoversToday()).isZero();
        assertThat(last().asOf()).isEqualTo(local("2026-03-03T00:00").toEpochMilli());
    }

    @Test
    void atMidnightIncidentsHandedOverBeforeTodayAreForgottenAndAnEmptySiteLeavesNoState()
            throws Exception {
        send(incident("NV-1", AT_0800, AT_0812));

        harness.processWatermark(local("2026-03-03T00:00").toEpochMilli());

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aCrewStillShownWaitingADayLaterIsALostHandoverAndIsForgotten() throws Exception {
        send(incident("NV-1", AT_0800, null));

        harness.processWatermark(local("2026-03-03T00:00").toEpochMilli());
        assertThat(last().ambulancesWaiting()).isEqualTo(1);

        harness.processWatermark(local("2026-03-04T00:00").toEpochMilli());
        assertThat(last().ambulancesWaiting()).isZero();
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void withAnAsOfInstantReportsOnlyTheFiguresAtItAndBooksNoMidnightAfterIt() throws Exception {
        long asOf = NEXT_DAY_0010.toEpochMilli();
        try (KeyedOneInputStreamOperatorTestHarness<String, Incident, SiteHandover> replay =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SiteHandoverFunction(LONDON, asOf)),
                        Incident::site,
                        Types.STRING)) {
            replay.open();
            Incident waiting = incident("NV-1", AT_2330, null);
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
