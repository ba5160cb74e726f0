package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowboard.hl7.RawMllpClient.field;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AcksTest {

    private static final Instant AT_0806 = Instant.parse("2026-03-02T08:06:00Z");

    private final Acks acks = new Acks();

    @Test
    void anAcceptSwapsSenderAndReceiverAndMirrorsTheControlId() {
        MshHeader in =
                MshHeader.parse(
                        "MSH|^~\\&|PAS|RZZ01^1.2.3^ISO|FLOWBOARD|QZZ|202603020805||ADT^A02|M1|P|2.4");

        String ack = acks.accept(in, AT_0806);

        assertThat(field(ack, "MSH", 3)).isEqualTo("FLOWBOARD");
        assertThat(field(ack, "MSH", 4)).isEqualTo("QZZ");
        assertThat(field(ack, "MSH", 5)).isEqualTo("PAS");
        assertThat(field(ack, "MSH", 6)).isEqualTo("RZZ01^1.2.3^ISO");
        assertThat(field(ack, "MSH", 7)).isEqualTo("20260302080600+0000");
        assertThat(field(ack, "MSH", 9)).isEqualTo("ACK^A02^ACK");
        assertThat(field(ack, "MSH", 12)).isEqualTo("2.4");
        assertThat(field(ack, "MSA", 1)).isEqualTo("AA");
        assertThat(field(ack, "MSA", 2)).isEqualTo("M1");
        assertThat(ack).doesNotContain("ERR|");
    }

    @Test
    void aRefusalCarriesTheReasonInMsa3AndAnErrSegmentWithEscapedText() {
        MshHeader in = MshHeader.parse("MSH|^~\\&|PAS|RZZ01|||202603020805||ADT^A01|M2|P|2.5.1");

        String ack = acks.refuse(in, Refusal.NO_WARD, "PV1-3.1 empty | see A^B", AT_0806);

        assertThat(field(ack, "MSA", 1)).isEqualTo("AE");
        assertThat(field(ack, "MSA", 3)).isEqualTo("PV1-3.1 empty \\F\\ see A\\S\\B");
        assertThat(field(ack, "ERR", 3)).isEqualTo("101^Required field missing^HL70357");
        assertThat(field(ack, "ERR", 4)).isEqualTo("E");
    }

    @Test
    void aHeaderWithOtherDelimitersIsReadWithThemAndAnsweredWithTheStandardOnes() {
        MshHeader in = MshHeader.parse("MSH#$~\\&#PAS#RZZ01$X###202603020805##ADT$A03#M|3#P#2.3");

        String ack = acks.accept(in, AT_0806);

        assertThat(in.controlId()).isEqualTo("M|3");
        assertThat(in.sender()).isEqualTo("PAS/RZZ01");
        assertThat(field(ack, "MSH", 6)).isEqualTo("RZZ01^X");
        assertThat(field(ack, "MSA", 2)).isEqualTo("M\\F\\3");
        assertThat(field(ack, "MSH", 9)).isEqualTo("ACK^A03^ACK");
    }

    @Test
    void textThatIsNotHl7GetsAnAckWithDefaults() {
        String ack = acks.refuse(MshHeader.parse("garbage"), Refusal.NOT_HL7, "not HL7", AT_0806);

        assertThat(field(ack, "MSH", 3)).isEqualTo("FLOWBOARD");
        assertThat(field(ack, "MSH", 9)).isEqualTo("ACK");
        assertThat(field(ack, "MSH", 12)).isEqualTo("2.5.1");
        assertThat(field(ack, "MSA", 1)).isEqualTo("AR");
        assertThat(field(ack, "MSA", 2)).isEmpty();
    }
}
