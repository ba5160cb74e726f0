package org.flowboard.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PushCoalescerTest {

    private static final long MS = 1_000_000L;

    /** A scheduler that runs nothing until told, and a clock that moves only when told. */
    private static final class ManualTime implements PushCoalescer.Scheduler {
        long now = 1_000 * MS;
        final List<Task> tasks = new ArrayList<>();

        record Task(Runnable runnable, long dueAt, CompletableFuture<Void> future) {}

        @Override
        public Future<?> schedule(Runnable task, long delayNanos) {
            Task t = new Task(task, now + delayNanos, new CompletableFuture<>());
            tasks.add(t);
            return t.future();
        }

        /** Moves the clock to each due task in turn and runs the ones not cancelled. */
        void advance(long nanos) {
            long until = now + nanos;
            while (true) {
                Task next =
                        tasks.stream()
                                .filter(t -> t.dueAt() <= until)
                                .min((a, b) -> Long.compare(a.dueAt(), b.dueAt()))
                                .orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
                now = Math.max(now, next.dueAt());
                if (!next.future().isCancelled()) {
                    next.runnable().run();
                }
            }
            now = until;
        }
    }

    private record Item(String key, int value) {}

    private final ManualTime time = new ManualTime();
    private final List<List<Item>> batches = new ArrayList<>();
    private final PushCoalescer<String, Item> coalescer =
            new PushCoalescer<>(
                    Duration.ofMillis(250),
                    Duration.ofMillis(50),
                    Item::key,
                    batches::add,
                    () -> time.now,
                    time);

    @Test
    void firstItemAfterQuietGoesOutAfterTheGatheringDelay() {
        coalescer.offer(new Item("RZZ01", 1));
        time.advance(49 * MS);
        assertThat(batches).isEmpty();

        time.advance(1 * MS);
        assertThat(batches).containsExactly(List.of(new Item("RZZ01", 1)));
    }

    @Test
    void figuresOfOneEventArrivingMillisecondsApartGoTogether() {
        coalescer.offer(new Item("feeds RZZ01", 1));
        time.advance(12 * MS);
        coalescer.offer(new Item("ics", 2));
        time.advance(20 * MS);
        coalescer.offer(new Item("occupancy RZZ01", 3));
        time.advance(18 * MS);

        assertThat(batches)
                .containsExactly(
                        List.of(
                                new Item("feeds RZZ01", 1),
                                new Item("ics", 2),
                                new Item("occupancy RZZ01", 3)));
    }

    @Test
    void burstBecomesOneBatchWithLatestPerKey() {
        coalescer.offer(new Item("RZZ01", 1));
        coalescer.offer(new Item("RZZ02", 2));
        coalescer.offer(new Item("RZZ01", 3));
        time.advance(50 * MS);

        assertThat(batches).containsExactly(List.of(new Item("RZZ01", 3), new Item("RZZ02", 2)));
    }

    @Test
    void atMostFourBatchesPerSecondUnderContinuousChanges() {
        // A change every 10 ms for one second.
        for (int i = 0; i < 100; i++) {
            coalescer.offer(new Item("RZZ0" + (i % 3), i));
            time.advance(10 * MS);
        }
        time.advance(0);

        assertThat(batches).hasSizeBetween(4, 5);
        // Nothing is lost: the last value of every key is delivered in the end.
        time.advance(1000 * MS);
        List<Item> last = new ArrayList<>();
        batches.forEach(last::addAll);
        assertThat(last).contains(new Item("RZZ00", 99), new Item("RZZ01", 97));
    }

    @Test
    void changeSoonAfterAFlushWaitsForTheInterval() {
        coalescer.offer(new Item("RZZ01", 1));
        time.advance(50 * MS);
        assertThat(batches).hasSize(1);
        time.advance(100 * MS);
        coalescer.offer(new Item("RZZ01", 2));

        time.advance(149 * MS);
        assertThat(batches).hasSize(1);
        time.advance(1 * MS);
        assertThat(batches).hasSize(2).last().isEqualTo(List.of(new Item("RZZ01", 2)));
    }

    @Test
    void closedCoalescerFlushesNothing() {
        coalescer.offer(new Item("RZZ01", 1));
        coalescer.close();
        coalescer.offer(new Item("RZZ01", 2));
        time.advance(1000 * MS);

        assertThat(batches).isEmpty();
    }
}
