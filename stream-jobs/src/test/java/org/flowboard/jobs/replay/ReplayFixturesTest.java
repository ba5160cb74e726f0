package org.flowboard.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowboard.events.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay command over the public HL7 samples (shared/fixtures/hl7), all in one MLLP-framed
 * file. The samples of sender AccMgr at site "1" tell one encounter's story: admitted to PREOP on 9
 * January 2005 at 21:55Z, moved to IN1 on the 10th at 11:44, discharged on the 12th at 15:46. Their
 * A13, A12 and A11 reuse the control ids of the A01, A02 and A03 (same sender), so they are resends
 * of those and count once. Site DH admits one patient on 1 January 2013 at 12:23Z.
 */
class ReplayFixturesTest {

    private static final String AFTER_TRANSFER = "2005-01-11T00:00:00Z";
    private static final String AFTER_DISCHARGE = "2005-01-12T18:00:00Z";
    private static final String AFTER_DH_ADMISSION = "2013-01-01T13:00:00Z";

    @TempDir static Path dir;
    private static Path adt;
    private static Path ics;
    private static int samples;
    private static int refusedSamples;

    @BeforeAll
    static void oneFileOfEverySample() throws IOException, URISyntaxException {
        Path fixtures = Path.of("..", "..", "shared", "fixtures", "hl7");
        List<Path> accepted = list(fixtures.resolve("accepted"));
        List<Path> rejected = list(fixtures.resolve("rejected"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (Path sample : Stream.concat(accepted.stream(), rejected.stream()).toList()) {
            file.write(0x0B);
            file.write(Files.readAllBytes(sample));
            file.write(new byte[] {0x1C, '\r', '\n'});
        }
        samples = accepted.size() + rejected.size();
        refusedSamples = rejected.size();
        adt = dir.resolve("samples.hl7");
        Files.write(adt, file.toByteArray());
        ics = Path.of(ReplayFixturesTest.class.getResource("/replay/fixtures-ics.yaml").toURI());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".hl7")).sorted().toList();
        }
    }

    private static JsonNode replay(String asOf) throws IOException {
        Path out = dir.resolve("metrics-" + asOf.replace(':', '-') + ".json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                ReplayCommand.run(
                        new String[] {
                            "--ics", ics.toString(),
                            "--adt", adt.toString(),
                            "--as-of", asOf,
                            "--out", out.toString()
                        },
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Json.mapper().readTree(out.toFile());
    }

    @Test
    void theEncounterIsOnIn1AfterItsTransferAndRefusedSamplesAreCounted() throws IOException {
        JsonNode doc = replay(AFTER_TRANSFER);

        assertThat(samples).isGreaterThan(20);
        assertThat(doc.get("asOf").asText()).isEqualTo(AFTER_TRANSFER);
        assertThat(doc.get("rejected").asLong()).isEqualTo(refusedSamples);
        JsonNode site = doc.at("/sites/1");
        assertThat(site.get("openBeds").asInt()).isEqualTo(30);
        assertThat(site.get("occupiedBeds").asInt()).isEqualTo(1);
        assertThat(site.get("occupancyPct").asDouble()).isEqualTo(3.3);
        assertThat(site.get("unknownLocation").asInt()).isZero();
        assertThat(site.at("/wards/IN1/occupiedBeds").asInt()).isEqualTo(1);
        assertThat(site.at("/wards/PREOP/occupiedBeds").asInt()).isZero();
        assertThat(doc.at("/ics/occupiedBeds").asInt()).isEqualTo(1);
        // Every site of the ICS file is present, figures or not.
        assertThat(doc.get("sites").has("DH")).isTrue();
    }

    @Test
    void laterTheEncounterIsDischargedAndDhHasAdmittedItsPatient() throws IOException {
        JsonNode discharged = replay(AFTER_DISCHARGE);
        JsonNode later = replay(AFTER_DH_ADMISSION);

        assertThat(discharged.at("/sites/1/occupiedBeds").asInt()).isZero();
        assertThat(discharged.at("/ics/occupiedBeds").asInt()).isZero();
        assertThat(later.at("/sites/DH/occupiedBeds").asInt()).isEqualTo(1);
        assertThat(later.at("/sites/DH/occupancyPct").asDouble()).isEqualTo(12.5);
        assertThat(later.at("/ics/openBeds").asInt()).isEqualTo(38);
        assertThat(later.at("/ics/occupancyPct").asDouble()).isEqualTo(2.6);
    }
}
