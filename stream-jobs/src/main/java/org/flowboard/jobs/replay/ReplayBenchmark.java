package org.flowboard.jobs.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowboard.hl7.AdtMapper;
import org.flowboard.hl7.AdtResult;
import org.flowboard.hl7.Hl7FileReader;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.flowboard.privacy.Pseudonymiser;
import org.flowboard.simulator.FeedFiles;
import org.flowboard.simulator.Simulator;

/**
 * Load harness for the replay: generates a year of a large ICS once (the demo ICS's sites copied
 * until a year holds about {@code --events} events) as HL7 and JSON-lines files, then times, in
 * this one run, parsing the HL7 file alone (1 and 2 threads) and the replay command end to end.
 *
 * <pre>
 * java -Xmx4g -cp stream-jobs/target/flowboard-jobs.jar org.flowboard.jobs.replay.ReplayBenchmark \
 *     --events 7000000 [--dir /tmp/flowboard-bench] [--seed 1] [--generate-only]
 * </pre>
 *
 * With {@code --generate-only} it is the generator alone: it writes {@code ics.yaml}, {@code
 * adt.hl7}, {@code ambulance.jsonl}, {@code capacity.jsonl} and {@code readiness.jsonl} into the
 * directory, ready for {@code flowboard-jobs.jar replay}.
 *
 * <p>A measuring tool, not a test: it asserts nothing and prints its figures (System.out is its
 * output).
 */
public final class ReplayBenchmark {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Pattern SITE_CODE = Pattern.compile("^(  - code: )([A-Z])ZZ(\\w+)$");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[a-z]\\w*:", Pattern.MULTILINE);

    private ReplayBenchmark() {}

    public static void main(String[] args) throws Exception {
        long events = 7_000_000;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "flowboard-bench");
        long seed = 1;
        boolean generateOnly = false;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--generate-only")) {
                generateOnly = true;
                i--;
                continue;
            }
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(args[i + 1].replace("_", ""));
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PrintStream out = System.out;
        Files.createDirectories(dir);

        int copies = copiesFor(events);
        Path icsFile = dir.resolve("ics.yaml");
        Files.writeString(icsFile, largeIcs(copies));
        Ics ics = IcsLoader.load(icsFile);
        long t0 = System.nanoTime();
        FeedFiles.Written written =
                FeedFiles.write(ics, seed, START, START.plus(Duration.ofDays(365)), events, dir);
        double generate = seconds(t0);
        long adtBytes = Files.size(dir.resolve(FeedFiles.ADT));
        out.printf(
                Locale.ROOT,
                "inputs: %d sites (%d copies of the demo ICS), %,d events (%,d HL7 messages,"
                        + " %.0f MB), %s to %s, generated in %.1f s%n",
                ics.sites().size(),
                copies,
                written.events(),
                written.adtMessages(),
                adtBytes / 1e6,
                START,
                written.lastEvent(),
                generate);
        if (generateOnly) {
            return;
        }

        for (int threads : new int[] {1, 2}) {
            t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            String load0 = loadAverage();
            long parsed = parseAlone(ics, dir.resolve(FeedFiles.ADT), threads);
            double s = seconds(t0);
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "parse alone, %d thread(s): %,d HL7 messages in %.1f s = %,.0f msg/s"
                            + " (process CPU %.1f s = %.2f us/msg; load %s -> %s)%n",
                    threads,
                    parsed,
                    s,
                    parsed / s,
                    cpu,
                    cpu * 1e6 / parsed,
                    load0,
                    loadAverage());
        }

        Path metrics = dir.resolve("metrics.json");
        Instant asOf = written.lastEvent();
        t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        String load0 = loadAverage();
        int exit =
                ReplayCommand.run(
                        new String[] {
                            "--ics", icsFile.toString(),
                            "--adt", dir.resolve(FeedFiles.ADT).toString(),
                            "--ambulance", dir.resolve(FeedFiles.AMBULANCE).toString(),
                            "--capacity", dir.resolve(FeedFiles.CAPACITY).toString(),
                            "--readiness", dir.resolve(FeedFiles.READINESS).toString(),
                            "--as-of", asOf.toString(),
                            "--out", metrics.toString()
                        },
                        System.err,
                        System.console() != null);
        double replay = seconds(t0);
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        out.printf(
                Locale.ROOT,
                "replay end to end (exit %d): %,d events in %.1f s = %,.0f events/s"
                        + " (process CPU %.1f s = %.2f us/event; load %s -> %s)%n",
                exit,
                written.events(),
                replay,
                written.events() / replay,
                cpu,
                cpu * 1e6 / written.events(),
                load0,
                loadAverage());
    }

    /** Copies of the demo ICS whose year holds about the wanted number of events. */
    private static int copiesFor(long events) {
        Ics demo = IcsLoader.demo();
        Instant dayLater = START.plus(Duration.ofDays(8));
        // A week after the first day: the census (weeks of back-dated admissions) left out.
        Simulator simulator = new Simulator(demo, 1, START);
        long week =
                simulator.until(dayLater).stream()
                        .filter(e -> e.eventTime() >= START.plus(Duration.ofDays(1)).toEpochMilli())
                        .count();
        double perYear = week / 7.0 * 365;
        return (int) Math.max(1, Math.min(26, Math.round(events / perYear)));
    }

    /** The demo ICS with its sites copied under new codes (RZZ01, RZA01, RZB01, ...). */
    static String largeIcs(int copies) throws IOException {
        String demo;
        try (InputStream in =
                IcsLoader.class.getResourceAsStream("/org/flowboard/ics/demo-ics.yaml")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int sitesAt = demo.indexOf("\nsites:\n") + "\nsites:\n".length();
        StringBuilder yaml = new StringBuilder(demo.substring(0, sitesAt));
        // The site list runs to the next top-level key (the OPEL table), which is kept once.
        Matcher next = TOP_LEVEL_KEY.matcher(demo);
        int sitesEnd = next.find(sitesAt) ? next.start() : demo.length();
        String sites = demo.substring(sitesAt, sitesEnd);
        String after = demo.substring(sitesEnd);
        for (int copy = 0; copy < copies; copy++) {
            String letters = copy == 0 ? "ZZ" : "Z" + (char) ('A' + copy - 1);
            for (String line : sites.split("\n")) {
                Matcher m = SITE_CODE.matcher(line);
                yaml.append(m.matches() ? m.group(1) + m.group(2) + letters + m.group(3) : line)
                        .append('\n');
            }
        }
        return yaml.append(after).toString();
    }

    /** Reads the HL7 file and maps every message, on a reader thread and n mapping threads. */
    private static long parseAlone(Ics ics, Path adt, int threads) throws Exception {
        Pseudonymiser keys = new Pseudonymiser(ReplayCommand.freshKey());
        BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(64);
        List<String> end = List.of();
        AtomicLong accepted = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            AdtMapper mapper = new AdtMapper(ics, keys, Map.of());
            Thread worker =
                    new Thread(
                            () -> {
                                long n = 0;
                                try {
                                    for (List<String> batch = queue.take();
                                            batch != end;
                                            batch = queue.take()) {
                                        for (String message : batch) {
                                            if (mapper.map(message, START)
                                                    instanceof AdtResult.Accepted) {
                                                n++;
                                            }
                                        }
                                    }
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                accepted.addAndGet(n);
                            });
            worker.start();
            workers.add(worker);
        }
        try (Hl7FileReader reader = new Hl7FileReader(Files.newInputStream(adt))) {
            List<String> batch = new ArrayList<>(1000);
            for (String m = reader.next(); m != null; m = reader.next()) {
                batch.add(m);
                if (batch.size() == 1000) {
                    queue.put(batch);
                    batch = new ArrayList<>(1000);
                }
            }
            queue.put(batch);
        }
        for (int i = 0; i < threads; i++) {
            queue.put(end);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return accepted.get();
    }

    /**
     * CPU time of this whole process (every thread, GC and JIT included): on a shared machine it
     * moves far less than wall time with what else runs, so runs compare better by it.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** The one-minute load average, to print with every figure. */
    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
