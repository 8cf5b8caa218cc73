package org.findinggood.coachdesk.app;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from any thread to a consumer on the FX thread, with at most one hand-over queued:
 * a value that arrives while one waits replaces it. A sync that commits a page every few
 * milliseconds thus costs the FX thread one refresh per pulse at most, never a backlog.
 */
final class LatestOnFxThread<T> implements Consumer<T> {

    private final Consumer<T> consumer;
    private final AtomicReference<T> waiting = new AtomicReference<>();

    LatestOnFxThread(Consumer<T> consumer) {
        this.consumer = Objects.requireNonNull(consumer);
    }

    @Override
    public void accept(T value) {
        if (waiting.getAndSet(Objects.requireNonNull(value)) == null) {
            Platform.runLater(() -> consumer.accept(waiting.getAndSet(null)));
        }
    }
}
