package org.flowboard.jobs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsFileException;
import org.flowboard.ics.IcsLoader;
import org.flowboard.jobs.replay.ReplayCommand;

/**
 * The jobs jar's command line: {@code live} runs the live pipeline (on a cluster when submitted
 * there, else in a local MiniCluster); {@code replay} is the bounded replay of DESIGN.md section 5.
 */
public final class FlowboardJobs {

    static final String BOOTSTRAP = "bootstrap";
    static final String REDIS = "redis";
    static final String ICS = "ics";
    static final String GROUP = "group";
    static final String DEFAULT_GROUP = "flowboard-jobs";

    static final String USAGE =
            """
            usage: flowboard-jobs live --bootstrap HOST:PORT --redis redis://HOST:PORT [--ics ICS.yaml] [--group ID]
                   flowboard-jobs replay --ics ICS.yaml --adt ADT.hl7 [--ambulance A.jsonl] [--capacity C.jsonl] \
            [--readiness R.jsonl] --as-of INSTANT --out METRICS.json""";

    private FlowboardJobs() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("replay")) {
            // A replay's output is its file and a one-line reason; Flink's start-up chatter is not.
            System.setProperty(
                    "org.slf4j.simpleLogger.defaultLogLevel",
                    System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "error"));
        }
        int exit = run(args, System.err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs the command; returns the process exit code (0 when a live job ends normally). */
    static int run(String[] args, PrintStream err) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] options = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "live" -> {
                return live(ParameterTool.fromArgs(options), err);
            }
            case "replay" -> {
                return ReplayCommand.run(options, err, System.console() != null);
            }
            default -> {
                err.println(USAGE);
                return 2;
            }
        }
    }

    private static int live(ParameterTool params, PrintStream err) throws Exception {
        if (!params.has(BOOTSTRAP) || !params.has(REDIS)) {
            err.println("live: --bootstrap and --redis are required\n" + USAGE);
            return 2;
        }
        Ics ics;
        try {
            ics = params.has(ICS) ? IcsLoader.load(Path.of(params.get(ICS))) : IcsLoader.demo();
        } catch (IcsFileException e) {
            err.println("live: " + e.getMessage());
            return 2;
        }
        LiveSettings settings =
                new LiveSettings(
                        params.get(BOOTSTRAP), params.get(REDIS), params.get(GROUP, DEFAULT_GROUP));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        LivePipeline.define(env, ics, settings);
        env.execute("FlowBoard live metrics");
        return 0;
    }
}
