package org.findinggood.coachdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The load skeleton a tab's view model shares: a loading flag, an error sentence with its technical
 * details, and a generation count so that a read finishing for a client no longer selected is
 * dropped (a newer selection wins). Work runs through {@link Tasks}, never on the FX thread.
 */
public final class TabLoad {

    private final Tasks tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private long generation;

    public TabLoad(Tasks tasks) {
        this.tasks = tasks;
    }

    /** A new selection: any read still running is dropped when it finishes; the error is cleared. */
    public void startOver() {
        generation++;
        error.set("");
        errorDetails.set("");
    }

    /** Nothing to read (no client selected). */
    public void idle() {
        loading.set(false);
    }

    /**
     * Runs {@code work} for the current generation: {@code loaded} and {@code failed} are called only
     * if no {@link #startOver()} came in between, with the loading flag already down.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> loaded, Consumer<? super Throwable> failed) {
        long mine = generation;
        loading.set(true);
        tasks.run(work)
                .onSuccess(result -> {
                    if (mine == generation) {
                        loading.set(false);
                        loaded.accept(result);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        loading.set(false);
                        failed.accept(failure);
                    }
                });
    }

    /** Shows a failure: the sentence for the coach, the exception's class and message as details. */
    public void fail(String sentence, Throwable failure) {
        error.set(sentence);
        errorDetails.set(failure.getClass().getName() + ": " + failure.getMessage());
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }
}
