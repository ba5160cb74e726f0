package org.flowboard.jobs.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.flowboard.events.Json;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsFileException;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.MetricsAtInstant;
import org.flowboard.metrics.Snapshot;
import org.jspecify.annotations.Nullable;

/**
 * {@code replay --ics ICS.yaml --adt ADT.hl7 [--ambulance A.jsonl] [--capacity C.jsonl]
 * [--readiness R.jsonl] --as-of INSTANT --out METRICS.json} (DESIGN.md section 5): checks its
 * arguments and files, runs {@link ReplayJob}, writes the section-6 document as pretty JSON.
 *
 * <p>Exit codes: 0 written; 2 unusable arguments or files; 1 the replay itself failed. Every
 * failure is one line on stderr, never a stack trace.
 */
public final class ReplayCommand {

    static final String ICS = "ics";
    static final String ADT = "adt";
    static final String AMBULANCE = "ambulance";
    static final String CAPACITY = "capacity";
    static final String READINESS = "readiness";
    static final String AS_OF = "as-of";
    static final String OUT = "out";

    private static final Set<String> OPTIONS =
            Set.of(ICS, ADT, AMBULANCE, CAPACITY, READINESS, AS_OF, OUT);

    private ReplayCommand() {}

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream err, boolean terminal) {
        Request request;
        try {
            request = Request.parse(args);
        } catch (UnusableInput e) {
            err.println("replay: " + oneLine(e.getMessage()));
            return 2;
        }
        try (ProgressBar bar = ProgressBar.start(err, request.totalBytes(), terminal)) {
            ReplayJob.Result result =
                    ReplayJob.run(request.inputs(), request.ics(), request.asOf(), freshKey());
            Map<String, Object> doc =
                    Snapshot.of(
                            request.ics(),
                            MetricsAtInstant.complete(
                                    request.ics(), result.figures(), request.asOf().toEpochMilli()),
                            request.asOf(),
                            result.rejected());
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(request.out().toFile(), doc);
            return 0;
        } catch (IOException e) {
            err.println("replay: cannot write " + request.out() + ": " + oneLine(e.getMessage()));
            return 1;
        } catch (Exception e) {
            err.println("replay: failed: " + oneLine(rootMessage(e)));
            return 1;
        }
    }

    /**
     * A fresh random key per run. Only aggregates leave a replay, so encounter keys need only be
     * consistent within the run (ADT and readiness share this one); a random key means nothing a
     * replay computes can be linked to another run or to the live system's keys.
     */
    static byte[] freshKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The checked arguments of one replay. */
    record Request(Ics ics, ReplayInputs inputs, Instant asOf, Path out) {

        static Request parse(String[] args) {
            Map<String, String> options = options(args);
            for (String required : new String[] {ICS, ADT, AS_OF, OUT}) {
                if (!options.containsKey(required)) {
                    throw new UnusableInput("--" + required + " is required");
                }
            }
            Instant asOf = instant(options.get(AS_OF));
            Path icsFile = readable(ICS, options.get(ICS));
            ReplayInputs inputs =
                    new ReplayInputs(
                            readable(ADT, options.get(ADT)),
                            optional(AMBULANCE, options),
                            optional(CAPACITY, options),
                            optional(READINESS, options));
            Path out = Path.of(options.get(OUT)).toAbsolutePath();
            if (Files.isDirectory(out)) {
                throw new UnusableInput("--out " + out + " is a directory, not a file");
            }
            Path dir = out.getParent();
            if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
                throw new UnusableInput("--out " + out + ": its directory is not writable");
            }
            Ics ics;
            try {
                ics = IcsLoader.load(icsFile);
            } catch (IcsFileException e) {
                throw new UnusableInput(e.getMessage());
            }
            return new Request(ics, inputs, asOf, out);
        }

        long totalBytes() {
            long total = 0;
            for (Path file : inputs.files()) {
                try {
                    total += Files.size(file);
                } catch (IOException e) {
                    // Only the progress bar's total: the source reports a missing file itself.
                }
            }
            return total;
        }

        private static Map<String, String> options(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                String arg = args[i];
                if (!arg.startsWith("--") || !OPTIONS.contains(arg.substring(2))) {
                    throw new UnusableInput("unknown argument '" + arg + "'");
                }
                String name = arg.substring(2);
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UnusableInput("--" + name + " needs a value");
                }
                if (options.put(name, args[i + 1]) != null) {
                    throw new UnusableInput("--" + name + " is given twice");
                }
            }
            return options;
        }

        private static Instant instant(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeException e) {
                try {
                    return OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeException again) {
                    throw new UnusableInput(
                            "--as-of '"
                                    + value
                                    + "' is not an ISO-8601 instant, e.g. 2026-03-02T12:00:00Z");
                }
            }
        }

        private static @Nullable Path optional(String name, Map<String, String> options) {
            return options.containsKey(name) ? readable(name, options.get(name)) : null;
        }

        private static Path readable(String name, String value) {
            Path file = Path.of(value);
            if (!Files.exists(file)) {
                throw new UnusableInput("--" + name + " " + value + ": no such file");
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UnusableInput("--" + name + " " + value + ": not a readable file");
            }
            return file;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String oneLine(@Nullable String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }

    /** An argument or file the replay cannot use; its message is the whole explanation. */
    static final class UnusableInput extends RuntimeException {
        UnusableInput(String message) {
            super(message, null, false, false);
        }
    }
}
