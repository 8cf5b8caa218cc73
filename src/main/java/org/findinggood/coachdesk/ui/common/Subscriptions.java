package org.findinggood.coachdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners and bindings something shorter-lived added to longer-lived objects (the settings, the
 * app's theme and "Presenting" switch, the window), each registered here with the way to take it
 * back. {@link #close()} takes them all back, newest first, so a closed workspace leaves nothing
 * behind that keeps it reachable. Used on the FX thread.
 */
public final class Subscriptions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private final List<AutoCloseable> undo = new ArrayList<>();

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    public void listen(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    /** {@code target.bind(source)}, unbound on close. */
    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        undo.add(target::unbind);
    }

    public <E> void bindContentBidirectional(ObservableList<E> one, ObservableList<E> other) {
        Bindings.bindContentBidirectional(one, other);
        undo.add(() -> Bindings.unbindContentBidirectional(one, other));
    }

    public <E> void bindContentBidirectional(ObservableSet<E> one, ObservableSet<E> other) {
        Bindings.bindContentBidirectional(one, other);
        undo.add(() -> Bindings.unbindContentBidirectional(one, other));
    }

    /** Anything else that is taken back by closing it (a cache-change listener, a window's tracking). */
    public void add(AutoCloseable registration) {
        undo.add(registration);
    }

    /** How many registrations are held (for tests). */
    public int size() {
        return undo.size();
    }

    @Override
    public void close() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            try {
                undo.get(i).close();
            } catch (Exception e) {
                LOG.warn("Taking back a listener failed", e);
            }
        }
        undo.clear();
    }
}
