package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MllpFrameReaderTest {

    @Test
    void framesAreReadOneByOneWithOrWithoutTheTrailingCrAndNoiseBetweenSkipped() throws Exception {
        MllpFrameReader reader =
                reader("\u000BMSH|1\u001C\r\r\n\u000BMSH|2\u001C\u000BMSH|3\u001C\r", 1024);

        assertThat(text(reader.next())).isEqualTo("MSH|1");
        assertThat(text(reader.next())).isEqualTo("MSH|2");
        assertThat(text(reader.next())).isEqualTo("MSH|3");
        assertThat(reader.next()).isNull();
    }

    @Test
    void aFrameOverTheLimitKeepsOnlyItsBeginningAndTheNextFrameIsReadIntact() throws Exception {
        String big = "MSH|" + "x".repeat(3000);
        MllpFrameReader reader = reader("\u000B" + big + "\u001C\r\u000BMSH|next\u001C\r", 1024);

        MllpFrameReader.Frame frame = reader.next();
        assertThat(frame.oversized()).isTrue();
        assertThat(frame.size()).isEqualTo(big.length());
        assertThat(text(frame)).startsWith("MSH|xxx");
        assertThat(text(reader.next())).isEqualTo("MSH|next");
    }

    @Test
    void aConnectionClosedInsideAFrameEndsWithoutAFrame() throws Exception {
        assertThat(reader("\u000BMSH|half", 1024).next()).isNull();
    }

    @Test
    void aFloodWithoutStartBlockIsRefused() {
        MllpFrameReader reader = reader("z".repeat(5000), 1024);

        assertThatThrownBy(reader::next).isInstanceOf(IOException.class);
    }

    private static MllpFrameReader reader(String bytes, int max) {
        return new MllpFrameReader(
                new ByteArrayInputStream(bytes.getBytes(StandardCharsets.ISO_8859_1)),
                max,
                Duration.ofSeconds(10));
    }

    private static String text(MllpFrameReader.Frame frame) {
        return new String(frame.bytes(), StandardCharsets.ISO_8859_1);
    }
}
