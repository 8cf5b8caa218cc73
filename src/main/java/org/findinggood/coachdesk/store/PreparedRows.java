package org.findinggood.coachdesk.store;

import java.util.List;

/**
 * Rows of one table with their cache values made ({@link RowRepository#prepare}), ready for
 * {@link RowRepository#upsert}: a pull prepares a page on its reading thread, the cache writer only writes it.
 */
public final class PreparedRows<T> {

    private final List<T> rows;
    private final List<RowValues> values;

    PreparedRows(List<T> rows, List<RowValues> values) {
        this.rows = List.copyOf(rows);
        this.values = values;
    }

    public List<T> rows() {
        return rows;
    }

    List<RowValues> values() {
        return values;
    }
}
