package org.flowboard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flowboard.events.FlowEvent;
import org.flowboard.hl7.AdtMapper;
import org.flowboard.hl7.AdtResult;
import org.flowboard.hl7.Hl7Writer;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.privacy.Pseudonymiser;
import org.flowboard.simulator.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One HL7 v2 ADT message to canonical events, per thread: the strict ER7 reader against HAPI's
 * PipeParser (the reference), over the same simulated messages (A01/A02/A03/A04/A11/A12/A13 as
 * {@link Hl7Writer} writes them). Both include everything {@link AdtMapper#map} does: header,
 * fields, event time, pseudonym (HMAC-SHA256) and the event itself.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class AdtParseBenchmark {

    static final int MESSAGES = 10_000;
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    private List<String> messages;
    private AdtMapper fast;
    private AdtMapper hapi;

    @Setup(Level.Trial)
    public void setUp() {
        Ics ics = IcsLoader.demo();
        Pseudonymiser keys =
                new Pseudonymiser("benchmark-key-0123456789".getBytes(StandardCharsets.US_ASCII));
        fast = new AdtMapper(ics, keys, Map.of());
        hapi = AdtMapper.usingHapi(ics, keys, Map.of());
        Hl7Writer writer = new Hl7Writer(ics.timezone(), "SIMPAS");
        Simulator simulator = new Simulator(ics, 42L, START);
        messages = new ArrayList<>(MESSAGES);
        while (messages.size() < MESSAGES) {
            FlowEvent event = simulator.next();
            if (event.kind().isAdt() || event.encounter() != null) {
                messages.add(writer.write(event, event.sourceId()));
            }
        }
        for (String message : messages) {
            if (!(fast.map(message, START) instanceof AdtResult.Accepted)) {
                throw new IllegalStateException("a benchmark message is refused: " + message);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void strictEr7Reader(Blackhole sink) {
        for (String message : messages) {
            sink.consume(fast.map(message, START));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void hapiPipeParser(Blackhole sink) {
        for (String message : messages) {
            sink.consume(hapi.map(message, START));
        }
    }
}
