package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.hl7.AdtMessageBuilder.adt;
import static org.flowboard.hl7.RawMllpClient.field;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.Initiator;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.flowboard.deadletter.DeadLetter;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.events.Json;
import org.flowboard.ics.IcsLoader;
import org.flowboard.kafka.Topics;
import org.flowboard.privacy.Pseudonymiser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MllpListenerTest {

    private static final int MAX_MESSAGE_BYTES = 64 * 1024;

    private static EmbeddedKafka kafka;
    private static MllpListener listener;
    private static HapiContext client;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(Topics.ALL);
        listener =
                MllpListener.start(
                        IcsLoader.demo(),
                        Pseudonymiser.generate(),
                        Map.of(),
                        kafka.bootstrapServers(),
                        MllpSettings.defaults().withPort(0).withLimits(MAX_MESSAGE_BYTES, 3));
        client = new DefaultHapiContext();
        client.setValidationContext(ValidationContextFactory.noValidation());
        client.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
    }

    /**
     * This listener serves 3 connections at most: a test's connections must be let go on the server
     * side too before the next test connects, or it would be refused for the wrong reason.
     */
    @AfterEach
    void awaitConnectionsReleased() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (listener.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(listener.openConnections()).as("connections still open after the test").isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        listener.close();
        kafka.close();
    }

    @Test
    void everyAcceptedSampleGetsAaThroughHapisClient() throws Exception {
        Connection connection = client.newClient("127.0.0.1", listener.port(), false);
        try {
            Initiator initiator = connection.getInitiator();
            initiator.setTimeout(30, TimeUnit.SECONDS);
            for (Path file : Fixtures.accepted()) {
                Message sent = client.getPipeParser().parse(Hl7Text.normalise(Fixtures.text(file)));
                Terser ack = new Terser(initiator.sendAndReceive(sent));

                assertThat(ack.get("/MSA-1")).as("%s", file.getFileName()).isEqualTo("AA");
                assertThat(ack.get("/MSA-2")).isEqualTo(new Terser(sent).get("/MSH-10"));
            }
        } finally {
            connection.close();
        }
    }

    @Test
    void everyRejectedSampleGetsAeOrArWithTheReason() throws Exception {
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            for (Path file : Fixtures.rejected()) {
                String ack = raw.send(Fixtures.bytes(file));

                assertThat(field(ack, "MSA", 1)).as("%s", file.getFileName()).isIn("AE", "AR");
                assertThat(field(ack, "MSA", 3)).isNotBlank();
                assertThat(field(ack, "ERR", 3)).isNotBlank();
            }
        }
    }

    @Test
    void anEmptyControlIdIsAnsweredWithTheReasonInMsa3() throws Exception {
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            String ack = raw.send(Fixtures.bytes(Fixtures.named("14_")));

            assertThat(field(ack, "MSA", 1)).isEqualTo("AE");
            assertThat(field(ack, "MSA", 3))
                    .isEqualTo(
                            "MSH-10 message control id is empty: the message can be neither"
                                    + " acknowledged by id nor de-duplicated");
        }
    }

    @Test
    void anUnparseableMessageIsStillAnsweredWithItsControlIdAndSwappedParties() throws Exception {
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            String ack = raw.send(Fixtures.bytes(Fixtures.named("21_")));

            assertThat(field(ack, "MSA", 1)).isEqualTo("AE");
            assertThat(field(ack, "MSA", 2)).isEqualTo("01052901");
            assertThat(field(ack, "MSA", 3)).contains("OBX-2");
            assertThat(field(ack, "MSH", 3)).isEqualTo("SuperOE");
            assertThat(field(ack, "MSH", 4)).isEqualTo("XYZImgCtr");
            assertThat(field(ack, "MSH", 5)).isEqualTo("MegaReg");
            assertThat(field(ack, "MSH", 6)).isEqualTo("XYZHospC");
            assertThat(field(ack, "MSH", 9)).isEqualTo("ACK^A01^ACK");
            assertThat(field(ack, "MSH", 12)).isEqualTo("2.5");
        }
    }

    @Test
    void aRefusedMessageGoesToTheDeadLetterTopicWithItsRawBytesAndReason() throws Exception {
        byte[] message =
                adt("A03")
                        .controlId("DL-1")
                        .sender("DLPAS", "RZZ02")
                        .visit("")
                        .build()
                        .getBytes(StandardCharsets.UTF_8);
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            assertThat(field(raw.send(message), "MSA", 1)).isEqualTo("AE");
        }

        List<ConsumerRecord<String, byte[]>> letters =
                TopicReader.readAll(kafka.bootstrapServers(), Topics.DEADLETTER).stream()
                        .filter(r -> "DLPAS/RZZ02".equals(r.key()))
                        .toList();

        assertThat(letters)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.value()).isEqualTo(message);
                            assertThat(header(r, DeadLetter.HEADER_SENDER))
                                    .isEqualTo("DLPAS/RZZ02");
                            assertThat(header(r, DeadLetter.HEADER_REASON))
                                    .contains("PV1-19")
                                    .contains("PID-18");
                            assertThat(header(r, DeadLetter.HEADER_RECEIVED_AT)).isNotBlank();
                        });
    }

    @Test
    void anAcceptedMessageIsOnFlowEventsKeyedBySiteBeforeItsAa() throws Exception {
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            String ack = raw.send(adt("A01").controlId("EV-1").sender("EVPAS", "RZZ01").build());
            assertThat(field(ack, "MSA", 1)).isEqualTo("AA");
        }

        assertThat(events("EVPAS/RZZ01|EV-1"))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.key()).isEqualTo("RZZ01");
                            FlowEvent event = Json.mapper().readValue(r.value(), FlowEvent.class);
                            assertThat(event.kind()).isEqualTo(EventKind.ADMIT);
                            assertThat(event.encounter().ward()).isEqualTo("NG-A1");
                        });
    }

    @Test
    void aDuplicateIsAnsweredAaAndWrittenOnce() throws Exception {
        String message = adt("A02").controlId("DUP-1").sender("DUPPAS", "RZZ01").build();
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            assertThat(field(raw.send(message), "MSA", 1)).isEqualTo("AA");
            assertThat(field(raw.send(message), "MSA", 1)).isEqualTo("AA");
        }
        try (RawMllpClient other = new RawMllpClient(listener.port())) {
            assertThat(field(other.send(message), "MSA", 1)).isEqualTo("AA");
        }

        assertThat(events("DUPPAS/RZZ01|DUP-1")).hasSize(1);
        assertThat(listener.feedHealth().sender("DUPPAS/RZZ01"))
                .satisfies(
                        h -> {
                            assertThat(h.accepted()).isEqualTo(3);
                            assertThat(h.duplicates()).isEqualTo(2);
                            assertThat(h.rejected()).isZero();
                        });
    }

    @Test
    void feedHealthCountsEachSendersMessagesAndIssues() throws Exception {
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            raw.send(
                    adt("A01")
                            .controlId("FH-1")
                            .sender("FHPAS", "RZZ03")
                            .location("EF-NOPE", "1", "RZZ03")
                            .build());
            raw.send(adt("A08").controlId("FH-2").sender("FHPAS", "RZZ03").build());
            raw.send(adt("A01").controlId("").sender("FHPAS", "RZZ03").build());
        }

        FeedHealth.SenderHealth health = listener.feedHealth().sender("FHPAS/RZZ03");
        assertThat(health.accepted()).isEqualTo(2);
        assertThat(health.rejected()).isEqualTo(1);
        assertThat(health.dataQualityIssues()).isEqualTo(1);
        assertThat(health.lastRejectReason()).startsWith("MSH-10");
        assertThat(listener.feedHealth().snapshot())
                .extracting(FeedHealth.SenderHealth::sender)
                .contains("FHPAS/RZZ03");
    }

    @Test
    void anOversizedMessageIsRefusedAndTheConnectionGoesOn() throws Exception {
        String huge =
                adt("A01").controlId("BIG-1").sender("BIGPAS", "RZZ01").build()
                        + "NTE|1||"
                        + "x".repeat(MAX_MESSAGE_BYTES)
                        + "\r";
        try (RawMllpClient raw = new RawMllpClient(listener.port())) {
            String ack = raw.send(huge);
            assertThat(field(ack, "MSA", 1)).isEqualTo("AR");
            assertThat(field(ack, "MSA", 2)).isEqualTo("BIG-1");
            assertThat(field(ack, "MSA", 3)).contains("over this interface's limit");

            String next = raw.send(adt("A01").controlId("BIG-2").sender("BIGPAS", "RZZ01").build());
            assertThat(field(next, "MSA", 1)).isEqualTo("AA");
        }
    }

    @Test
    void connectionsBeyondTheLimitAreClosedAndTheOthersStillServed() throws Exception {
        try (RawMllpClient first = new RawMllpClient(listener.port());
                RawMllpClient second = new RawMllpClient(listener.port());
                RawMllpClient third = new RawMllpClient(listener.port())) {
            // Each answers, so each holds a worker (limit 3 for this listener).
            for (RawMllpClient c : List.of(first, second, third)) {
                assertThat(field(c.send(adt("A08").controlId("CAP-0").build()), "MSA", 1))
                        .isEqualTo("AA");
            }
            try (RawMllpClient fourth = new RawMllpClient(listener.port())) {
                assertThat(fourth.readByte()).isEqualTo(-1);
            }
            assertThat(field(first.send(adt("A08").controlId("CAP-1").build()), "MSA", 1))
                    .isEqualTo("AA");
        }
    }

    @Test
    void parallelSendersResendingToEachOtherAreAllAnsweredAaAndWrittenOnce() throws Exception {
        int messages = 40;
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                // All three send the same ids: each message arrives three times, concurrently.
                answers.add(
                        senders.submit(
                                () -> {
                                    List<String> codes = new ArrayList<>();
                                    try (RawMllpClient raw = new RawMllpClient(listener.port())) {
                                        for (int i = 0; i < messages; i++) {
                                            String m =
                                                    adt("A02")
                                                            .controlId("PAR-" + i)
                                                            .sender("PARPAS", "RZZ02")
                                                            .visit("PV" + i)
                                                            .location("RV-M1", "B1", "RZZ02")
                                                            .build();
                                            codes.add(field(raw.send(m), "MSA", 1));
                                        }
                                    }
                                    return codes;
                                }));
            }
            for (Future<List<String>> f : answers) {
                assertThat(f.get(120, TimeUnit.SECONDS)).hasSize(messages).containsOnly("AA");
            }
        } finally {
            senders.shutdownNow();
        }

        List<String> written =
                TopicReader.readAll(kafka.bootstrapServers(), Topics.EVENTS.name()).stream()
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                        .filter(json -> json.contains("\"PARPAS/RZZ02|PAR-"))
                        .toList();
        assertThat(written).hasSize(messages);
        assertThat(listener.feedHealth().sender("PARPAS/RZZ02").duplicates())
                .isEqualTo(2L * messages);
    }

    private static List<ConsumerRecord<String, byte[]>> events(String sourceId) {
        return TopicReader.readAll(kafka.bootstrapServers(), Topics.EVENTS.name()).stream()
                .filter(
                        r ->
                                new String(r.value(), StandardCharsets.UTF_8)
                                        .contains("\"" + sourceId + "\""))
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
