package org.flowboard.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Simulator} against a Kafka broker, writing canonical events to {@code
 * flow.events} (key = site) until closed. The census is written at once; later events wait until
 * their event time comes round on a clock that starts at the real now and runs {@code speed} times
 * as fast, so the figures on the dashboard are "today".
 */
public final class SimulatorRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorRunner.class);

    /** Confirm writes at least this often, so that a failure is seen while it can be retried. */
    private static final int MAX_UNCONFIRMED = 500;

    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(2);
    private static final Duration MAX_SLEEP = Duration.ofMillis(250);

    private final Simulator simulator;
    private final KafkaProducer<String, FlowEvent> producer;
    private final double speed;
    private final Clock clock;
    private final Thread thread;
    private final List<Pending> unconfirmed = new ArrayList<>();
    private volatile boolean running = true;
    private volatile long written;

    private SimulatorRunner(
            Simulator simulator,
            KafkaProducer<String, FlowEvent> producer,
            double speed,
            Clock clock) {
        this.simulator = simulator;
        this.producer = producer;
        this.speed = speed;
        this.clock = clock;
        this.thread = new Thread(this::run, "flowboard-simulator");
        // Embedded mode must be able to exit without waiting for an endless simulation.
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler(
                (t, e) -> LOG.error("the simulator stopped on an unexpected error", e));
    }

    /**
     * @param seed the same seed gives the same history
     * @param speed 1.0 is real time; 60 makes a simulated hour pass in a minute
     */
    public static SimulatorRunner start(Ics ics, String bootstrapServers, long seed, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        Clock clock = Clock.systemUTC();
        Simulator simulator = new Simulator(ics, seed, clock.instant());
        SimulatorRunner runner =
                new SimulatorRunner(simulator, producer(bootstrapServers), speed, clock);
        runner.thread.start();
        LOG.info(
                "simulator started: seed {}, speed {}x, writing to {} at {}",
                seed,
                speed,
                Topics.EVENTS.name(),
                bootstrapServers);
        return runner;
    }

    static KafkaProducer<String, FlowEvent> producer(String bootstrapServers) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // Names us in broker logs and client metrics.
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "flowboard-simulator");
        // An event counts as written only once every in-sync replica has it (DESIGN.md section 1).
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Retries inside the client never duplicate or reorder an event within a site's partition.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // The most idempotence allows while still keeping order.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // Retry transient errors for as long as the delivery timeout allows...
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        // ...which bounds each send; after it our own loop logs the failure and sends again.
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000);
        // send() blocks at most this long for metadata when the broker is away; then we retry.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        // A short wait batches the census burst; later events are seconds apart anyway.
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        // Small JSON events at a low rate: compression would cost more CPU than it saves.
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        return new KafkaProducer<>(
                props, new StringSerializer(), Topics.EVENTS.valueSerde().serializer());
    }

    private void run() {
        long simStart = simulator.start().toEpochMilli();
        long wallStart = clock.millis();
        try {
            while (running && simulator.hasNext()) {
                FlowEvent event = simulator.next();
                if (!waitForEventTime(event.eventTime(), simStart, wallStart)) {
                    break;
                }
                send(event);
            }
            confirmAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("simulator stopped after writing {} events", written);
    }

    /** Sleeps until the scaled clock reaches the event; false when closed meanwhile. */
    private boolean waitForEventTime(long eventTime, long simStart, long wallStart)
            throws InterruptedException {
        long dueWall = wallStart + (long) ((eventTime - simStart) / speed);
        if (dueWall > clock.millis()) {
            // Before idling, make sure what was sent so far has really been written.
            confirmAll();
        }
        while (running) {
            long wait = dueWall - clock.millis();
            if (wait <= 0) {
                return true;
            }
            Thread.sleep(Math.min(wait, MAX_SLEEP.toMillis()));
        }
        return false;
    }

    private void send(FlowEvent event) throws InterruptedException {
        FlowEvent stamped = event.receivedAt(clock.millis());
        unconfirmed.add(new Pending(stamped, sendOnce(stamped)));
        if (unconfirmed.size() >= MAX_UNCONFIRMED) {
            confirmAll();
        }
    }

    /** Null when send() itself failed (e.g. no metadata in time); confirmAll() then retries. */
    private Future<?> sendOnce(FlowEvent event) {
        try {
            return producer.send(new ProducerRecord<>(Topics.EVENTS.name(), event.site(), event));
        } catch (RuntimeException e) {
            LOG.warn("could not send event {}: {}", event.sourceId(), e.toString());
            return null;
        }
    }

    /**
     * Waits for every unconfirmed write; the failed ones are logged and sent again, in order, until
     * they are written or the runner is closed.
     */
    private void confirmAll() throws InterruptedException {
        while (!unconfirmed.isEmpty()) {
            List<FlowEvent> failed = new ArrayList<>();
            for (Pending pending : unconfirmed) {
                if (!confirmed(pending)) {
                    failed.add(pending.event());
                }
            }
            written += unconfirmed.size() - failed.size();
            unconfirmed.clear();
            if (failed.isEmpty()) {
                return;
            }
            LOG.warn(
                    "{} events not written to {}; retrying in {}",
                    failed.size(),
                    Topics.EVENTS.name(),
                    RETRY_BACKOFF);
            if (!running) {
                LOG.error("closing with {} events unwritten", failed.size());
                return;
            }
            Thread.sleep(RETRY_BACKOFF.toMillis());
            for (FlowEvent event : failed) {
                unconfirmed.add(new Pending(event, sendOnce(event)));
            }
        }
    }

    private static boolean confirmed(Pending pending) throws InterruptedException {
        if (pending.result() == null) {
            return false;
        }
        try {
            pending.result().get();
            return true;
        } catch (ExecutionException e) {
            LOG.warn(
                    "write of event {} failed: {}",
                    pending.event().sourceId(),
                    e.getCause().toString());
            return false;
        }
    }

    /** Events written and acknowledged so far. */
    long written() {
        return written;
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    /** Stops the thread (after confirming what it has sent) and closes the producer. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(5).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            producer.close(Duration.ofSeconds(10));
        }
    }

    private record Pending(FlowEvent event, Future<?> result) {}
}
