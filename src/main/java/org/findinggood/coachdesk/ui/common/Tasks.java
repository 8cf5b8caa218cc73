package org.findinggood.coachdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one async helper: work runs on the background executor, callbacks on the UI executor (the
 * JavaFX thread in the app, the calling thread in tests). Every store and sync call from a view
 * model goes through here so that nothing blocks the FX thread.
 *
 * <pre>tasks.run(() -> query.rows()).onSuccess(rows::setAll).onFailure(this::showError);</pre>
 */
public final class Tasks {

    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private final Executor background;
    private final Executor ui;

    public Tasks(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Background work on {@code background}, callbacks on the JavaFX application thread. */
    public static Tasks onFxThread(Executor background) {
        return new Tasks(background, Tasks::runOnFxThread);
    }

    /** Everything on the calling thread: view-model tests run synchronously and need no toolkit. */
    public static Tasks sameThread() {
        return new Tasks(Runnable::run, Runnable::run);
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public <T> Job<T> run(Callable<T> work) {
        CompletableFuture<T> future;
        try {
            future = submit(work);
        } catch (RejectedExecutionException closing) {
            // The app is shutting down and a late callback (a reload that finished just now) asked for
            // more work: there is nobody left to show its result, so it simply never runs.
            LOG.debug("Background work refused: the app is closing");
            return new Job<>(new CompletableFuture<>(), ui);
        }
        return new Job<>(future, ui);
    }

    private <T> CompletableFuture<T> submit(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                LOG.debug("Background task failed", e);
                throw e;
            } catch (Exception e) {
                LOG.debug("Background task failed", e);
                throw new CompletionException(e);
            }
        }, background);
    }

    public Job<Void> run(CheckedRunnable work) {
        return run(() -> {
            work.run();
            return null;
        });
    }

    /** A runnable that may throw; lets store calls with checked exceptions go straight in. */
    @FunctionalInterface
    public interface CheckedRunnable {
        void run() throws Exception;
    }

    /** A running piece of work; callbacks attached after completion still run (on the UI executor). */
    public static final class Job<T> {
        private final CompletableFuture<T> future;
        private final Executor ui;

        private Job(CompletableFuture<T> future, Executor ui) {
            this.future = future;
            this.ui = ui;
        }

        public Job<T> onSuccess(Consumer<? super T> callback) {
            future.thenAcceptAsync(callback, ui);
            return this;
        }

        public Job<T> onFailure(Consumer<? super Throwable> callback) {
            future.whenCompleteAsync((value, error) -> {
                if (error != null) {
                    callback.accept(unwrap(error));
                }
            }, ui);
            return this;
        }

        /** Runs after success or failure, e.g. to clear a busy flag. */
        public Job<T> andFinally(Runnable callback) {
            future.whenCompleteAsync((value, error) -> callback.run(), ui);
            return this;
        }

        /** For tests and shutdown only: waits for the result. Never call on the FX thread. */
        public CompletableFuture<T> future() {
            return future;
        }

        private static Throwable unwrap(Throwable error) {
            Throwable current = error;
            while (current instanceof CompletionException && current.getCause() != null) {
                current = current.getCause();
            }
            return current;
        }
    }
}
