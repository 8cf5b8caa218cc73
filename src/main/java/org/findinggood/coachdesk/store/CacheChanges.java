package org.findinggood.coachdesk.store;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells listeners which tables changed, after each committed transaction (never for a rolled-back
 * one). Listeners run <b>on the thread that wrote</b> (a sync or edit thread, never the FX thread):
 * a UI listener should hop to the FX thread itself, e.g. with {@code Platform.runLater}.
 */
public final class CacheChanges {

    private static final Logger LOG = LoggerFactory.getLogger(CacheChanges.class);

    private final CopyOnWriteArrayList<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; returns a handle that removes it again. */
    public AutoCloseable addListener(Consumer<Set<String>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void removeListener(Consumer<Set<String>> listener) {
        listeners.remove(listener);
    }

    void committed(Set<String> tables) {
        if (tables.isEmpty()) {
            return;
        }
        Set<String> changed = Set.copyOf(tables);
        for (Consumer<Set<String>> listener : listeners) {
            try {
                listener.accept(changed);
            } catch (RuntimeException e) {
                // One broken listener must not stop the others or undo a committed write.
                LOG.warn("A cache change listener failed", e);
            }
        }
    }
}
