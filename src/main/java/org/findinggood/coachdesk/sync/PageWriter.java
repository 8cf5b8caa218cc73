package org.findinggood.coachdesk.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes pulled pages to the cache on one background thread while the pull fetches the next page, so a
 * pull takes about as long as the slower of fetching and writing instead of both added up.
 *
 * <p>Pages are written in the order submitted, each still in its own transaction with its cursor, so an
 * interrupted pull resumes after the last page written. At most {@code depth} pages wait or are being
 * written (a fetch blocks beyond that), bounding memory. A failed write stops the pull: the next
 * {@link #submit} or {@link #drain} throws it. Call {@link #drain} before reading what the pages wrote.
 * Several reading threads may submit (a backfill's id ranges); a thread waiting for room holds the others.
 */
final class PageWriter implements AutoCloseable {

    private final ExecutorService thread;
    private final int depth;
    private final Deque<Future<?>> pending = new ArrayDeque<>();

    PageWriter(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be positive");
        }
        this.depth = depth;
        this.thread = Executors.newSingleThreadExecutor(work -> {
            Thread writer = new Thread(work, "coachdesk-page-writer");
            writer.setDaemon(true);
            return writer;
        });
    }

    /** Queues one page's write; blocks while {@code depth} writes are outstanding. */
    synchronized void submit(Runnable write) {
        while (pending.size() >= depth) {
            await(pending.removeFirst());
        }
        pending.addLast(thread.submit(write));
    }

    /** Waits until every submitted page is written; throws the first failed write's exception. */
    synchronized void drain() {
        RuntimeException first = null;
        while (!pending.isEmpty()) {
            try {
                await(pending.removeFirst());
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** After a failed fetch: lets the queued pages finish (they are whole), keeping {@code cause} the error. */
    synchronized void drainAfter(RuntimeException cause) {
        try {
            drain();
        } catch (RuntimeException alsoFailed) {
            if (alsoFailed != cause) {
                cause.addSuppressed(alsoFailed);
            }
        }
    }

    /** Waits for writes still queued (a failed pull already reported its error), then ends the thread. */
    @Override
    public synchronized void close() {
        while (!pending.isEmpty()) {
            try {
                await(pending.removeFirst());
            } catch (RuntimeException alreadyReported) {
                // the pull that queued it has failed and reported why; this page is simply not written
            }
        }
        thread.shutdown();
    }

    /**
     * Waits for one write. An interrupt (the engine stopping) still lets the write finish, since a half
     * done wait would leave a transaction running under the next pull, then keeps the interrupt flag.
     */
    private static void await(Future<?> write) {
        Uninterruptibly.get(write, "A cache write");
    }
}
