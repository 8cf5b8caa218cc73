package org.findinggood.coachdesk.ui.common;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a screen hears that cache tables changed (a sync page, an edit): the composition root fills
 * it with the open cache's change feed. The listener runs on the writing thread; closing the returned
 * registration stops it.
 */
@FunctionalInterface
public interface TableChanges {
    AutoCloseable listen(Consumer<Set<String>> tables);
}
