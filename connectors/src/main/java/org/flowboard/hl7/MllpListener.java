package org.flowboard.hl7;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowboard.ics.Ics;
import org.flowboard.kafka.EventOutlet;
import org.flowboard.privacy.Pseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HL7 v2 ADT interface: an MLLP server that answers every frame with an ACK, {@code AA} only
 * once the events are in Kafka.
 *
 * <p>Our own small framing server rather than HAPI's {@code HL7Service}: HAPI parses before the
 * application sees the message (so an unparseable message gets HAPI's ACK, not ours with the raw
 * bytes dead-lettered), and it has no message-size limit or connection cap. The framing here is a
 * few dozen lines; HAPI still does all the HL7 parsing, and HAPI's MLLP client talks to it.
 */
public final class MllpListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MllpListener.class);

    private final MllpSettings settings;
    private final ServerSocket server;
    private final AdtIntake intake;
    private final EventOutlet outlet;
    private final FeedHealth health;
    private final Semaphore connections;
    private final ExecutorService workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean running = true;

    private MllpListener(
            MllpSettings settings, ServerSocket server, AdtMapper mapper, String bootstrapServers) {
        this.settings = settings;
        this.server = server;
        this.health = new FeedHealth();
        this.outlet =
                new EventOutlet(
                        "hl7-mllp",
                        bootstrapServers,
                        settings.kafkaAckTimeout(),
                        settings.maxMessageBytes());
        this.intake =
                new AdtIntake(
                        mapper,
                        outlet,
                        new DuplicateFilter(settings.duplicateMemory()),
                        health,
                        Clock.systemUTC());
        this.connections = new Semaphore(settings.maxConnections());
        AtomicInteger n = new AtomicInteger();
        this.workers =
                Executors.newFixedThreadPool(
                        settings.maxConnections(),
                        r -> daemon(r, "mllp-" + port() + "-conn-" + n.incrementAndGet()));
        this.acceptor = daemon(this::acceptLoop, "mllp-" + port() + "-accept");
    }

    /**
     * Starts the listener for an ICS (embedded mode and production).
     *
     * @param siteBySendingFacility site for messages whose PV1-3.4 is empty, by MSH-4.1
     */
    public static MllpListener start(
            Ics ics,
            Pseudonymiser pseudonymiser,
            Map<String, String> siteBySendingFacility,
            String bootstrapServers,
            MllpSettings settings) {
        return start(
                new AdtMapper(ics, pseudonymiser, siteBySendingFacility),
                bootstrapServers,
                settings);
    }

    public static MllpListener start(
            AdtMapper mapper, String bootstrapServers, MllpSettings settings) {
        ServerSocket server;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(settings.port()), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot listen for MLLP on port " + settings.port() + ": " + e.getMessage(), e);
        }
        MllpListener listener = new MllpListener(settings, server, mapper, bootstrapServers);
        listener.acceptor.start();
        LOG.info("MLLP listener for HL7 v2 ADT on port {}", listener.port());
        return listener;
    }

    /** Connections being served now; for tests and the feed-health view. */
    public int openConnections() {
        return settings.maxConnections() - connections.availablePermits();
    }

    public int port() {
        return server.getLocalPort();
    }

    public FeedHealth feedHealth() {
        return health;
    }

    private void acceptLoop() {
        while (running) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("MLLP accept failed: {}", e.getMessage());
                }
                continue;
            }
            if (!connections.tryAcquire()) {
                LOG.warn(
                        "MLLP connection from {} refused: {} connections already open",
                        socket.getRemoteSocketAddress(),
                        settings.maxConnections());
                closeQuietly(socket);
                continue;
            }
            open.add(socket);
            try {
                workers.execute(() -> serve(socket));
            } catch (RuntimeException e) {
                open.remove(socket);
                connections.release();
                closeQuietly(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout((int) settings.readTimeout().toMillis());
            socket.setTcpNoDelay(true);
            MllpFrameReader reader =
                    new MllpFrameReader(
                            new BufferedInputStream(socket.getInputStream()),
                            settings.maxMessageBytes(),
                            settings.readTimeout());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            MllpFrameReader.Frame frame;
            while (running && (frame = reader.next()) != null) {
                byte[] ack = answer(frame);
                out.write(MllpFrameReader.START);
                out.write(ack);
                out.write(MllpFrameReader.END);
                out.write(MllpFrameReader.CR);
                out.flush();
            }
        } catch (SocketTimeoutException e) {
            LOG.debug(
                    "MLLP connection {} closed: {}",
                    socket.getRemoteSocketAddress(),
                    e.getMessage());
        } catch (SocketException e) {
            if (running) {
                LOG.debug(
                        "MLLP connection {} ended: {}",
                        socket.getRemoteSocketAddress(),
                        e.getMessage());
            }
        } catch (IOException e) {
            LOG.info(
                    "MLLP connection {} closed: {}",
                    socket.getRemoteSocketAddress(),
                    e.getMessage());
        } finally {
            open.remove(socket);
            connections.release();
        }
    }

    private byte[] answer(MllpFrameReader.Frame frame) {
        if (frame.oversized()) {
            return intake.tooLarge(frame.bytes(), frame.size(), settings.maxMessageBytes());
        }
        try {
            return intake.handle(frame.bytes());
        } catch (RuntimeException e) {
            // A bug must still produce an answer, and a negative one: the sender keeps the message.
            LOG.error("MLLP message could not be handled", e);
            return intake.internalError(frame.bytes());
        }
    }

    @Override
    public void close() {
        running = false;
        closeQuietly(server);
        open.forEach(MllpListener::closeQuietly);
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("MLLP workers still busy after 10 s");
            }
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            outlet.close();
        }
        LOG.info("MLLP listener on port {} stopped", server.getLocalPort());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("close: {}", e.getMessage());
        }
    }
}
