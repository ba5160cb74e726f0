package org.flowboard.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines are split as {@code body.split("\\r?\\n", -1)} splits them. */
class FeedLinesTest {

    @Test
    void splitsAsTheRegularExpressionDid() {
        List<String> bodies =
                List.of("", "a", "a\n", "a\r\n", "\n", "\r\n", "a\r\r\nb", "a\rb", "\r", "a\n\nb");
        for (String body : bodies) {
            assertThat(FeedParser.lines(body)).as(body).isEqualTo(regex(body));
        }
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int c = random.nextInt(12); c > 0; c--) {
                body.append("ab\r\n ".charAt(random.nextInt(5)));
            }
            String s = body.toString();
            assertThat(FeedParser.lines(s)).as(s).isEqualTo(regex(s));
        }
    }

    private static List<String> regex(String body) {
        return Arrays.asList(body.split("\r?\n", -1));
    }
}
