package org.findinggood.coachdesk.sync;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for a page read or write of the sync's own threads. Those end by themselves (HTTP timeouts, SQLite's
 * busy timeout), and leaving one half done would break the page order, so an interrupt is kept for the
 * caller instead of abandoning the wait; the task's failure is rethrown as it was.
 */
final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /** The task's result; {@code what} names the task for a checked failure (not expected here). */
    static <V> V get(Future<V> task, String what) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(what + " failed", cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
