package org.flowboard.simulator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.flowboard.ics.Ics;
import org.flowboard.ics.IcsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator as its own service: {@code --bootstrap HOST:PORT [--seed N] [--speed X] [--ics
 * FILE]}. Runs until stopped (SIGTERM closes the producer cleanly).
 */
public final class SimulatorMain {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorMain.class);

    static final String BOOTSTRAP = "--bootstrap";
    static final String SEED = "--seed";
    static final String SPEED = "--speed";
    static final String ICS = "--ics";
    private static final List<String> OPTIONS = List.of(BOOTSTRAP, SEED, SPEED, ICS);

    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error(
                    "{}. Usage: SimulatorMain --bootstrap HOST:PORT [--seed N] [--speed X] [--ics"
                            + " FILE]",
                    e.getMessage());
            System.exit(2);
            return;
        }
        Ics ics = options.ics() == null ? IcsLoader.demo() : IcsLoader.load(options.ics());
        SimulatorRunner runner =
                SimulatorRunner.start(ics, options.bootstrap(), options.seed(), options.speed());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    runner.close();
                                    stopped.countDown();
                                },
                                "flowboard-simulator-shutdown"));
        stopped.await();
    }

    record Options(String bootstrap, long seed, double speed, Path ics) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!OPTIONS.contains(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i]);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                values.put(args[i], args[++i]);
            }
            String bootstrap = values.get(BOOTSTRAP);
            if (bootstrap == null || bootstrap.isBlank()) {
                throw new IllegalArgumentException(BOOTSTRAP + " is required");
            }
            try {
                long seed = Long.parseLong(values.getOrDefault(SEED, "1"));
                double speed = Double.parseDouble(values.getOrDefault(SPEED, "1.0"));
                if (!(speed > 0) || Double.isInfinite(speed)) {
                    throw new IllegalArgumentException(SPEED + " must be a positive number");
                }
                String ics = values.get(ICS);
                return new Options(bootstrap, seed, speed, ics == null ? null : Path.of(ics));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + e.getMessage());
            }
        }
    }
}
