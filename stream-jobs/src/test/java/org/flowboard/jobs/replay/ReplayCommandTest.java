package org.flowboard.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments and files the replay cannot use: exit 2, one line on stderr, no output file. */
class ReplayCommandTest {

    @TempDir Path dir;
    private Path ics;
    private Path adt;
    private Path out;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws IOException {
        ics = dir.resolve("ics.yaml");
        Files.writeString(
                ics,
                "ics: { code: QZZ, name: Test, timezone: Europe/London }\n"
                        + "sites:\n"
                        + "  - { code: RZZ01, name: A, kind: acute, emergencyDepartment: false,"
                        + " wards: [ { code: W1, name: W1, category: general-acute, coreBeds: 4 } ] }\n");
        adt = dir.resolve("adt.hl7");
        Files.writeString(adt, "");
        out = dir.resolve("metrics.json");
    }

    private int replay(String... args) {
        return ReplayCommand.run(args, new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String[] args(String... overrides) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--ics", ics.toString(),
                                "--adt", adt.toString(),
                                "--as-of", "2026-03-02T12:00:00Z",
                                "--out", out.toString()));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = args.indexOf(overrides[i]);
            if (overrides[i + 1] == null) {
                args.remove(at + 1);
                args.remove(at);
            } else if (at >= 0) {
                args.set(at + 1, overrides[i + 1]);
            } else {
                args.add(overrides[i]);
                args.add(overrides[i + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    private void assertRefused(String reason) {
        assertThat(errLines()).singleElement().asString().startsWith("replay: ").contains(reason);
        assertThat(out).doesNotExist();
    }

    @Test
    void missingAsOfIsRefused() {
        assertThat(replay(args("--as-of", null))).isEqualTo(2);
        assertRefused("--as-of is required");
    }

    @Test
    void aMalformedInstantIsRefused() {
        assertThat(replay(args("--as-of", "yesterday at noon"))).isEqualTo(2);
        assertRefused("--as-of 'yesterday at noon' is not an ISO-8601 instant");
    }

    @Test
    void aFileThatDoesNotExistIsRefused() {
        assertThat(replay(args("--capacity", dir.resolve("nope.jsonl").toString()))).isEqualTo(2);
        assertRefused("--capacity " + dir.resolve("nope.jsonl") + ": no such file");
    }

    @Test
    void aDirectoryGivenAsAFileIsRefused() {
        assertThat(replay(args("--adt", dir.toString()))).isEqualTo(2);
        assertRefused("not a readable file");
    }

    @Test
    void anInvalidIcsFileIsRefusedOnOneLine() throws IOException {
        Files.writeString(ics, "sites: [ {{ nonsense\n  more: nonsense\n");
        assertThat(replay(args())).isEqualTo(2);
        assertRefused("ICS file");
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThat(replay(args("--speed", "10"))).isEqualTo(2);
        assertRefused("unknown argument '--speed'");
    }

    @Test
    void anOutputInAMissingDirectoryIsRefused() {
        assertThat(replay(args("--out", dir.resolve("no/such/dir/m.json").toString())))
                .isEqualTo(2);
        assertThat(errLines()).singleElement().asString().contains("not writable");
    }
}
