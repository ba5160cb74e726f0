package org.flowboard.simulator;

import org.flowboard.ics.Ics;

/**
 * Runs the simulator against a Kafka broker, writing canonical events to {@code flow.events} until
 * closed. STUB: the simulator issue fills this in; the signature is fixed, embedded mode calls it.
 */
public final class SimulatorRunner implements AutoCloseable {

    private SimulatorRunner() {}

    /**
     * @param seed the same seed gives the same history
     * @param speed 1.0 is real time; 60 makes a simulated hour pass in a minute
     */
    public static SimulatorRunner start(Ics ics, String bootstrapServers, long seed, double speed) {
        throw new UnsupportedOperationException("simulator not built yet");
    }

    @Override
    public void close() {}
}
