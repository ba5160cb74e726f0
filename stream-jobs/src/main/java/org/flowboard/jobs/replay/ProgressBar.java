package org.flowboard.jobs.replay;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: bytes read of the total, messages read, and the rate.
 * Redrawn a few times a second from its own daemon thread; shown only when stderr is a terminal.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;
    private static final long REDRAW_MILLIS = 250;

    private final PrintStream out;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    private ProgressBar(PrintStream out, long totalBytes) {
        this.out = out;
        this.totalBytes = Math.max(1, totalBytes);
        this.thread = new Thread(this::loop, "replay-progress");
        thread.setDaemon(true);
    }

    /** A bar drawing to {@code out}, or one that draws nothing when {@code show} is false. */
    static ProgressBar start(PrintStream out, long totalBytes, boolean show) {
        ProgressBar bar = new ProgressBar(out, totalBytes);
        if (show) {
            bar.thread.start();
        } else {
            bar.running = false;
        }
        return bar;
    }

    private void loop() {
        while (running) {
            draw();
            try {
                Thread.sleep(REDRAW_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void draw() {
        out.print("\r" + line(ReplayProgress.bytes(), ReplayProgress.records()));
        out.flush();
    }

    String line(long bytes, long records) {
        double fraction = Math.min(1.0, bytes / (double) totalBytes);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        return String.format(
                Locale.ROOT,
                "[%s%s] %3.0f%%  %,d messages  %.1f/%.1f MB  %,.0f msg/s",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                fraction * 100,
                records,
                bytes / 1e6,
                totalBytes / 1e6,
                records / seconds);
    }

    @Override
    public void close() {
        if (running) {
            running = false;
            thread.interrupt();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            draw();
            out.println();
        }
    }
}
