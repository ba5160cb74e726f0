package org.flowboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.feeds.FeedKind;
import org.flowboard.feeds.FeedParser;
import org.flowboard.feeds.LineResult;
import org.flowboard.hl7.AdtMapper;
import org.flowboard.hl7.AdtResult;
import org.flowboard.hl7.Hl7FileReader;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFilesTest {

    private static final Instant MONDAY_0000 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant TUESDAY_0000 = MONDAY_0000.plus(Duration.ofDays(1));
    private static final long SEED = 7L;
    private static final Ics ICS = IcsLoader.demo();

    @TempDir Path dir;

    @Test
    void writesEverySimulatedEventOnceInTheFeedItBelongsTo() throws IOException {
        FeedFiles.Written written =
                FeedFiles.write(ICS, SEED, MONDAY_0000, TUESDAY_0000, Long.MAX_VALUE, dir);

        List<FlowEvent> simulated = new Simulator(ICS, SEED, MONDAY_0000).until(TUESDAY_0000);
        Map<EventKind, Long> expected = new EnumMap<>(EventKind.class);
        simulated.forEach(e -> expected.merge(e.kind(), 1L, Long::sum));
        Map<EventKind, Long> read = new EnumMap<>(EventKind.class);
        Pseudonymiser keys = Pseudonymiser.generate();
        readAdt(keys).forEach(e -> read.merge(e.kind(), 1L, Long::sum));
        FeedParser feeds = new FeedParser(ICS, keys::encounterKey);
        for (FeedKind feed : FeedKind.values()) {
            String file = Files.readString(dir.resolve(feed.path() + ".jsonl"));
            for (LineResult line : feeds.parse(feed, file)) {
                assertThat(line.error()).as("%s line %d", feed, line.line()).isNull();
                read.merge(line.event().kind(), 1L, Long::sum);
            }
        }

        assertThat(read).isEqualTo(expected);
        assertThat(written.events()).isEqualTo(simulated.size());
        assertThat(written.adtMessages()).isGreaterThan(1000);
    }

    private List<FlowEvent> readAdt(Pseudonymiser keys) throws IOException {
        AdtMapper mapper = new AdtMapper(ICS, keys, Map.of());
        List<FlowEvent> events = new java.util.ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve(FeedFiles.ADT));
                Hl7FileReader reader = new Hl7FileReader(in)) {
            for (String m = reader.next(); m != null; m = reader.next()) {
                AdtResult result = mapper.map(m, MONDAY_0000);
                assertThat(result).as(m).isInstanceOf(AdtResult.Accepted.class);
                events.addAll(((AdtResult.Accepted) result).events());
            }
        }
        return events;
    }

    @Test
    void stopsAtTheEventLimit() throws IOException {
        FeedFiles.Written written = FeedFiles.write(ICS, SEED, MONDAY_0000, TUESDAY_0000, 500, dir);

        assertThat(written.events()).isEqualTo(500);
        assertThat(Files.readString(dir.resolve(FeedFiles.ADT), StandardCharsets.UTF_8))
                .startsWith("MSH|^~\\&|SIMPAS|");
    }
}
