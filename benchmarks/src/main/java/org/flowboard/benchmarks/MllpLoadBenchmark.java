package org.flowboard.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.flowboard.embedded.EmbeddedKafka;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.hl7.Hl7Writer;
import org.flowboard.hl7.MllpListener;
import org.flowboard.hl7.MllpSettings;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.kafka.Topics;
import org.flowboard.privacy.Pseudonymiser;
import org.flowboard.simulator.Simulator;

/**
 * Load harness for the MLLP listener: N connections each send ADT messages one after another and
 * wait for each ACK, against a real in-process Kafka broker (ACK only after {@code acks=all}).
 * Prints the ACK latency distribution and the throughput; nothing is asserted, it is a measurement.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.flowboard.benchmarks.MllpLoadBenchmark \
 *     [connections] [messages] [warm-up messages]</pre>
 */
public final class MllpLoadBenchmark {

    private static final byte START = 0x0b;
    private static final byte END = 0x1c;
    private static final byte CR = 0x0d;

    private MllpLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Ics ics = IcsLoader.demo();
        List<String> all = adtMessages(ics, warmup + messages);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(Topics.ALL);
                MllpListener listener =
                        MllpListener.start(
                                ics,
                                Pseudonymiser.generate(),
                                Map.of(),
                                kafka.bootstrapServers(),
                                MllpSettings.defaults()
                                        .withPort(0)
                                        .withLimits(1_000_000, connections + 2))) {
            run(listener.port(), connections, all.subList(0, warmup));
            Result result = run(listener.port(), connections, all.subList(warmup, all.size()));
            long[] sorted = result.latencies();
            Arrays.sort(sorted);
            System.out.printf(
                    "MLLP load: %d connections, %d messages (after %d warm-up), %d AA, %d other%n",
                    connections,
                    sorted.length,
                    warmup,
                    result.acked(),
                    sorted.length - result.acked());
            System.out.printf(
                    "throughput: %.0f messages/s over %.1f s%n",
                    sorted.length / (result.wallNanos() / 1e9), result.wallNanos() / 1e9);
            System.out.printf(
                    "ACK latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                    ms(percentile(sorted, 0.50)),
                    ms(percentile(sorted, 0.90)),
                    ms(percentile(sorted, 0.99)),
                    ms(percentile(sorted, 0.999)),
                    ms(sorted[sorted.length - 1]));
        }
    }

    record Result(long[] latencies, long acked, long wallNanos) {}

    private static Result run(int port, int connections, List<String> messages) throws Exception {
        long[] latencies = new long[messages.size()];
        AtomicLong acked = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int first = c;
                done.add(
                        pool.submit(
                                () -> {
                                    send(port, messages, first, connections, latencies, acked);
                                    return null;
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(latencies, acked.get(), System.nanoTime() - start);
    }

    private static void send(
            int port,
            List<String> messages,
            int first,
            int step,
            long[] latencies,
            AtomicLong acked)
            throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = first; i < messages.size(); i += step) {
                byte[] body = messages.get(i).getBytes(StandardCharsets.UTF_8);
                byte[] frame = new byte[body.length + 3];
                frame[0] = START;
                System.arraycopy(body, 0, frame, 1, body.length);
                frame[frame.length - 2] = END;
                frame[frame.length - 1] = CR;
                long sent = System.nanoTime();
                out.write(frame);
                out.flush();
                String ack = readFrame(in);
                latencies[i] = System.nanoTime() - sent;
                if (ack.contains("MSA|AA|")) {
                    acked.incrementAndGet();
                }
            }
        }
    }

    private static String readFrame(InputStream in) throws IOException {
        StringBuilder ack = new StringBuilder(256);
        int b;
        while ((b = in.read()) != START) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
        }
        while ((b = in.read()) != END) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            ack.append((char) b);
        }
        in.read();
        return ack.toString();
    }

    /** ADT messages of a simulated ICS, each with its own control id. */
    private static List<String> adtMessages(Ics ics, int count) {
        Simulator simulator = new Simulator(ics, 7, Instant.parse("2026-03-02T00:00:00Z"));
        Hl7Writer writer = new Hl7Writer(ics.timezone(), "LOADPAS");
        List<String> out = new ArrayList<>(count);
        while (out.size() < count && simulator.hasNext()) {
            FlowEvent event = simulator.next();
            if (event.kind().isAdt() || event.kind() == EventKind.ED_ARRIVAL) {
                out.add(writer.write(event, "LOAD" + out.size()));
            }
        }
        return out;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
