package org.flowboard.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;

/**
 * A real {@code redis-server} (Debian package {@code redis-server}) as a child process on a free
 * loopback port, without persistence. {@link #close()} stops it, and a shutdown hook stops it if
 * the JVM exits first.
 */
public final class RedisServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisServer.class);
    private static final List<String> CANDIDATES =
            List.of(
                    "/usr/bin/redis-server",
                    "/usr/local/bin/redis-server",
                    "/usr/sbin/redis-server");

    private final Process process;
    private final int port;
    private final Thread shutdownHook;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(process::destroy, "redis-server-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static RedisServer start() {
        return start(FreePorts.next());
    }

    public static RedisServer start(int port) {
        String binary = findBinary();
        Path log;
        try {
            log = Files.createTempFile("flowboard-redis-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder =
                new ProcessBuilder(
                                binary,
                                "--port",
                                String.valueOf(port),
                                "--bind",
                                "127.0.0.1",
                                // Redis is a read model rebuilt from Kafka and Flink state: no disk
                                // needed.
                                "--save",
                                "",
                                "--appendonly",
                                "no",
                                "--daemonize",
                                "no",
                                "--dir",
                                System.getProperty("java.io.tmpdir"))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary + ": " + e.getMessage(), e);
        }
        RedisServer server = new RedisServer(process, port);
        server.awaitReady(Duration.ofSeconds(20), log);
        LOG.info("redis-server (pid {}) listening on 127.0.0.1:{}", process.pid(), port);
        return server;
    }

    /** The path of redis-server, or an error that names the package to install. */
    static String findBinary() {
        for (String candidate : CANDIDATES) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            File file = new File(dir, "redis-server");
            if (file.canExecute()) {
                return file.getPath();
            }
        }
        throw new IllegalStateException(
                "redis-server was not found on this machine. Install the Debian package: "
                        + "sudo apt-get install redis-server (or point FlowBoard at a running Redis "
                        + "with --flowboard.redis.url=redis://host:6379)");
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "redis-server exited at start (code "
                                + process.exitValue()
                                + "): "
                                + tail(log));
            }
            try (Jedis jedis = new Jedis("127.0.0.1", port, 500)) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Still starting.
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException(
                "redis-server did not answer on port " + port + ": " + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; nothing to remove.
        }
    }
}
