package org.findinggood.coachdesk.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Rows the cache refused (a constraint), with why: filled by the writer, read after the write. */
    private final Map<UUID, Refused> refused = new ConcurrentHashMap<>();

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

    void refuse(UUID id, String why, String values) {
        refused.put(id, new Refused(why, values));
    }

    /** The rows {@link RowRepository#upsert} could not store; the others were stored. */
    public Map<UUID, Refused> refused() {
        return Map.copyOf(refused);
    }

    /** Why the cache refused a row, and the values it was given (column = value). */
    public record Refused(String error, String values) {
    }

    /** The ids of the rows in this page. */
    public List<UUID> rowIds() {
        return ids;
    }
}
