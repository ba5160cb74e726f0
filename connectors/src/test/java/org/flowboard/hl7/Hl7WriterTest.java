package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Hl7WriterTest {

    /** 08:05:30.250 in London in winter (GMT) and in summer (BST). */
    private static final Instant AT_0805_GMT = Instant.parse("2026-03-02T08:05:30.250Z");

    private static final Instant AT_0805_BST = Instant.parse("2026-07-01T07:05:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-07-01T09:00:00Z");

    private static final Ics ICS = IcsLoader.demo();
    private static final Pseudonymiser KEYS =
            new Pseudonymiser("writer-test-key-0123456789".getBytes(StandardCharsets.US_ASCII));

    private final Hl7Writer writer = new Hl7Writer(ICS.timezone(), "SIMPAS");
    private final AdtMapper fast = new AdtMapper(ICS, KEYS, Map.of());
    private final AdtMapper hapi = AdtMapper.usingHapi(ICS, KEYS, Map.of());

    static Stream<FlowEvent> events() {
        return Stream.of(
                FlowEvent.admit("s1", "RZZ01", "visitone", "NG-A1", "B07", AT_0805_GMT),
                FlowEvent.admit("s2", "RZZ01", "visitone", "NG-A1", null, AT_0805_BST),
                FlowEvent.transfer("s3", "RZZ01", "visitone", "NG-B2", null, AT_0805_BST),
                FlowEvent.discharge("s4", "RZZ02", "visittwo", AT_0805_BST),
                FlowEvent.cancelAdmit("s5", "RZZ02", "visittwo", AT_0805_BST),
                FlowEvent.cancelTransfer("s6", "RZZ02", "visittwo", AT_0805_BST),
                FlowEvent.cancelDischarge("s7", "RZZ02", "visittwo", AT_0805_BST),
                FlowEvent.edArrival("s8", "RZZ03", "visit|three", AT_0805_GMT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void writesMessagesThatMapBackToTheSameEvent(FlowEvent event) {
        String message = writer.write(event, "CTRL-" + event.sourceId());

        AdtResult result = fast.map(message, RECEIVED);

        assertThat(result).isEqualTo(hapi.map(message, RECEIVED));
        assertThat(result).isInstanceOf(AdtResult.Accepted.class);
        List<FlowEvent> mapped = ((AdtResult.Accepted) result).events();
        assertThat(mapped).hasSize(1);
        FlowEvent back = mapped.get(0);
        EncounterDetail sent = event.encounter();
        assertThat(back.kind()).isEqualTo(event.kind());
        assertThat(back.site()).isEqualTo(event.site());
        assertThat(back.eventTime()).isEqualTo(event.eventTime());
        assertThat(back.sourceId())
                .isEqualTo("SIMPAS/" + event.site() + "|CTRL-" + event.sourceId());
        assertThat(back.encounter().key()).isEqualTo(KEYS.encounterKey(event.site(), sent.key()));
        assertThat(back.encounter().ward()).isEqualTo(sent.ward());
        assertThat(back.encounter().bed()).isEqualTo(sent.bed());
    }

    @Test
    void writesEventTimeWithItsOffsetAndTheLocationAsWardBedSite() {
        String message =
                writer.write(
                        FlowEvent.admit("s1", "RZZ01", "visitone", "NG-A1", "B07", AT_0805_BST),
                        "C1");

        assertThat(message.split("\r"))
                .containsExactly(
                        "MSH|^~\\&|SIMPAS|RZZ01|FLOWBOARD||20260701080500+0100||ADT^A01|C1|P|2.5.1",
                        "EVN|A01|20260701080500+0100||||20260701080500+0100",
                        "PID|1||visitone^^^SIMPAS^PI",
                        "PV1|1|I|NG-A1^^B07^RZZ01||||||||||||||||visitone");
    }

    @Test
    void refusesEventsThatAreNotAdt() {
        FlowEvent capacity = FlowEvent.capacity("s9", "RZZ01", "NG-A1", 28, 0, AT_0805_GMT);

        assertThatThrownBy(() -> writer.write(capacity, "C9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
