package org.findinggood.coachdesk.app;

import java.util.Objects;
import java.util.function.Supplier;

/** A value built once, on first use, by whichever thread asks first; later callers get the same one. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(factory.get());
                    value = current;
                }
            }
        }
        return current;
    }
}
