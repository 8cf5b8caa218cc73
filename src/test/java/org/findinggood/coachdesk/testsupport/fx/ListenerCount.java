package org.findinggood.coachdesk.testsupport.fx;

import java.lang.reflect.Field;

/**
 * How many listeners an observable holds right now, read from JavaFX's own listener helper (the
 * {@code helper} of a property, the {@code listenerHelper} of an observable collection) by
 * reflection: JavaFX has no public count. A test-only probe for "every listener added was removed".
 */
public final class ListenerCount {

    private ListenerCount() {
    }

    public static int of(Object observable) {
        Object helper = field(observable, "helper");
        if (helper == NONE) {
            helper = field(observable, "listenerHelper");
        }
        if (helper == NONE) {
            throw new IllegalArgumentException("No listener helper in " + observable.getClass().getName());
        }
        if (helper == null) {
            return 0;
        }
        Object invalidations = field(helper, "invalidationSize");
        Object changes = field(helper, "changeSize");
        if (invalidations == NONE && changes == NONE) {
            return 1; // SingleInvalidation / SingleChange
        }
        return (invalidations == NONE ? 0 : (Integer) invalidations) + (changes == NONE ? 0 : (Integer) changes);
    }

    private static final Object NONE = new Object();

    private static Object field(Object owner, String name) {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException e) {
                // look further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return NONE;
    }
}
