package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hl7FileReaderTest {

    private static final String ONE =
            "MSH|^~\\&|PAS|RZZ01|||202603020805||ADT^A01|1|P|2.4\rPV1|1|I";
    private static final String TWO =
            "MSH|^~\\&|PAS|RZZ01|||202603020905||ADT^A03|2|P|2.4\rPV1|1|I";

    private static List<String> read(byte[] file) throws IOException {
        List<String> messages = new ArrayList<>();
        try (Hl7FileReader reader = new Hl7FileReader(new ByteArrayInputStream(file))) {
            for (String m = reader.next(); m != null; m = reader.next()) {
                messages.add(m);
            }
            assertThat(reader.bytesRead()).isEqualTo(file.length);
        }
        return messages;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void splitsMessagesAtEachMshWhateverTheLineEnds() throws IOException {
        for (String eol : new String[] {"\r", "\n", "\r\n"}) {
            String file = (ONE + "\r" + TWO + "\r").replace("\r", eol);

            assertThat(read(ascii(file))).as(eol).containsExactly(ONE + "\r", TWO + "\r");
        }
    }

    @Test
    void readsMllpFramedFilesAndSkipsBlankLines() throws IOException {
        String file = "\u000b" + ONE + "\r\u001c\r\n\n\u000b" + TWO + "\r\u001c\r";

        assertThat(read(ascii(file))).containsExactly(ONE + "\r", TWO + "\r");
    }

    @Test
    void textBeforeTheFirstMessageIsAMessageOfItsOwnSoItIsCountedNotLost() throws IOException {
        assertThat(read(ascii("garbage line\n" + ONE + "\n")))
                .containsExactly("garbage line\r", ONE + "\r");
    }

    @Test
    void decodesUtf8AndFallsBackToLatin1() throws IOException {
        String named = ONE + "|ZÜRICH";

        assertThat(read(named.getBytes(StandardCharsets.UTF_8))).containsExactly(named + "\r");
        assertThat(read(named.getBytes(StandardCharsets.ISO_8859_1))).containsExactly(named + "\r");
    }

    @Test
    void anOversizedMessageIsReturnedEmptyAndReadingGoesOn() throws IOException {
        String huge = ONE + "|" + "Z".repeat(Hl7FileReader.MAX_MESSAGE_BYTES + 10);

        assertThat(read(ascii(huge + "\r" + TWO + "\r"))).containsExactly("", TWO + "\r");
    }

    @Test
    void anEmptyFileHasNoMessages() throws IOException {
        assertThat(read(new byte[0])).isEmpty();
    }
}
