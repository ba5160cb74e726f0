package org.flowboard.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flowboard.ics.IcsLoader;
import org.flowboard.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast ER7 reader must map every message exactly as HAPI does: the same events, issues,
 * refusals and reasons, for the real samples, for seeded random ADT messages, and for the fuzz
 * mutations of the samples.
 */
class Er7EquivalenceTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T08:06:00Z");
    private static final long SEED = 20261125L;
    private static final int RANDOM_MESSAGES = Integer.getInteger("er7.random", 5000);
    private static final int MUTATIONS = 3000;

    private static final Pseudonymiser KEYS =
            new Pseudonymiser("equivalence-key-0123456789".getBytes(StandardCharsets.US_ASCII));
    private static final Map<String, String> FACILITIES = Map.of("NGPAS", "RZZ01");

    private final AdtMapper fast = new AdtMapper(IcsLoader.demo(), KEYS, FACILITIES);
    private final AdtMapper hapi = AdtMapper.usingHapi(IcsLoader.demo(), KEYS, FACILITIES);

    static Stream<Path> fixtures() {
        return Stream.concat(Fixtures.accepted().stream(), Fixtures.rejected().stream());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everySampleMapsAsWithHapi(Path fixture) {
        String text = Fixtures.text(fixture);

        assertThat(fast.map(text, RECEIVED)).isEqualTo(hapi.map(text, RECEIVED));
    }

    @Test
    void theStrictReaderReadsTheCommonSamplesItself() {
        // Not a fallback for everything: the plain samples are within the strict subset.
        long strict =
                Fixtures.accepted().stream()
                        .map(Fixtures::text)
                        .map(Hl7Text::normalise)
                        .filter(t -> Er7Message.parse(t) != null)
                        .count();
        assertThat(strict).isGreaterThanOrEqualTo(Fixtures.accepted().size() / 2);
    }

    @Test
    void seededRandomAdtMessagesMapAsWithHapi() {
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < RANDOM_MESSAGES; i++) {
            String message = RandomAdt.message(random, i);
            AdtResult expected = hapi.map(message, RECEIVED);

            assertThat(fast.map(message, RECEIVED))
                    .as("message %d:\n%s", i, message)
                    .isEqualTo(expected);
            outcomes.merge(outcome(expected), 1, Integer::sum);
        }
        // The generator reaches accepted messages and several kinds of refusal.
        assertThat(outcomes).containsKey("accepted").hasSizeGreaterThan(4);
    }

    @Test
    void fuzzMutationsOfTheSamplesMapAsWithHapi() {
        List<byte[]> samples = new ArrayList<>();
        fixtures().forEach(p -> samples.add(Fixtures.bytes(p)));
        Random random = new Random(SEED);
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutated =
                    FuzzMutations.mutate(
                            samples.get(random.nextInt(samples.size())), random, 64 * 1024);
            String text = new String(mutated, Hl7Text.charsetOf(mutated));

            assertThat(fast.map(text, RECEIVED))
                    .as("mutation %d", i)
                    .isEqualTo(hapi.map(text, RECEIVED));
        }
    }

    private static String outcome(AdtResult result) {
        return result instanceof AdtResult.Rejected r ? r.refusal().name() : "accepted";
    }
}
