package org.findinggood.coachdesk.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads id ranges side by side, one thread each, and returns when all are read. The first failure interrupts
 * the other readers (their requests end at once) and is rethrown once they have stopped; so is an interrupt
 * of the calling thread (the engine stopping), which is kept for the caller.
 */
final class RangeReaders {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private RangeReaders() {
    }

    static void readAll(List<IdRange> ranges, Consumer<IdRange> read) {
        if (ranges.size() <= 1) {
            ranges.forEach(read);
            return;
        }
        ExecutorService readers = Executors.newFixedThreadPool(ranges.size(), work -> {
            Thread reader = new Thread(work, "coachdesk-range-reader-" + THREADS.incrementAndGet());
            reader.setDaemon(true);
            return reader;
        });
        List<Future<?>> reads = new ArrayList<>();
        ranges.forEach(range -> reads.add(readers.submit(() -> read.accept(range))));
        RuntimeException failure = null;
        boolean interrupted = false;
        try {
            for (Future<?> each : reads) {
                while (true) {
                    try {
                        each.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        readers.shutdownNow();
                    } catch (ExecutionException e) {
                        readers.shutdownNow();
                        RuntimeException cause = asRuntime(e.getCause());
                        if (failure == null) {
                            failure = cause;
                        } else if (cause != failure) {
                            failure.addSuppressed(cause);
                        }
                        break;
                    }
                }
            }
        } finally {
            readers.shutdownNow();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException asRuntime(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("A range read failed", cause);
    }
}
