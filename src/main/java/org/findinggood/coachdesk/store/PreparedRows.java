package org.findinggood.coachdesk.store;

import java.util.List;
import java.util.UUID;

/**
 * Rows of one table with their cache values made ({@link RowRepository#prepare}), ready for
 * {@link RowRepository#upsert}: a pull prepares a page on its reading thread, the cache writer only writes it.
 * It keeps the rows' ids, not the parsed rows: pages waiting for the writer are what a young collection copies
 * during a sync, and the parsed rows (timestamps, JSON trees) were most of them.
 *
 * @param <T> the table's row type
 */
public final class PreparedRows<T> {

    private final List<UUID> ids;
    private final List<RowValues> values;

    PreparedRows(List<UUID> ids, List<RowValues> values) {
        this.ids = List.copyOf(ids);
        this.values = values;
    }

    public int size() {
        return ids.size();
    }

    List<UUID> ids() {
        return ids;
    }

    List<RowValues> values() {
        return values;
    }
}
