package org.flowboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FlowboardJobsTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return FlowboardJobs.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withNoArgumentsPrintsUsageAndExits2() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).startsWith("usage: flowboard-jobs live");
    }

    @Test
    void anUnknownCommandPrintsUsageAndExits2() throws Exception {
        assertThat(run("explode")).isEqualTo(2);
        assertThat(err()).contains("usage:");
    }

    @Test
    void replayWithMissingArgumentsSaysWhatIsMissingOnOneLine() throws Exception {
        assertThat(run("replay", "--ics", "x.yaml")).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("replay: --adt is required");
    }

    @Test
    void liveNeedsBootstrapAndRedis() throws Exception {
        assertThat(run("live", "--bootstrap", "127.0.0.1:9092")).isEqualTo(2);
        assertThat(err()).startsWith("live: --bootstrap and --redis are required");
    }

    @Test
    void liveRefusesAnIcsFileItCannotRead() throws Exception {
        assertThat(
                        run(
                                "live",
                                "--bootstrap",
                                "127.0.0.1:9092",
                                "--redis",
                                "redis://127.0.0.1:6379",
                                "--ics",
                                "/nonexistent/ics.yaml"))
                .isEqualTo(2);
        assertThat(err()).startsWith("live: ICS file /nonexistent/ics.yaml is not valid");
    }
}
