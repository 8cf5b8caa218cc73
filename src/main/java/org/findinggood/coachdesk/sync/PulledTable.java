package org.findinggood.coachdesk.sync;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import org.findinggood.coachdesk.store.RowRepository;

/**
 * How one server table is pulled into its cache table.
 *
 * @param name         server and cache table name
 * @param type         the model record rows are read into
 * @param rows         the cache repository
 * @param clientColumn the column that ties a row to a client e-mail (the scope filter)
 * @param coachColumn  the column that ties a row to one coach ({@code coach_id}), or null where rows belong
 *                     to the client alone; see {@link ScopedPull} for why a null value is in scope
 * @param cursorColumn {@code updated_at} (every change moves it), {@code created_at} (only new rows move
 *                     it), or null (no timestamp: {@code focus_history})
 * @param idOf         the row's primary key
 * @param cursorOf     the row's cursor column value (null when {@code cursorColumn} is null)
 */
record PulledTable<T>(String name, Class<T> type, RowRepository<T> rows, String clientColumn, String coachColumn,
        String cursorColumn, Function<T, UUID> idOf, Function<T, OffsetDateTime> cursorOf) {

    /** Every change to a row moves its timestamp, so the keyset pull alone sees updates. */
    boolean tracksUpdates() {
        return "updated_at".equals(cursorColumn);
    }

    boolean hasCursor() {
        return cursorColumn != null;
    }

    /** Rows may belong to one coach among several who share the client. */
    boolean perCoach() {
        return coachColumn != null;
    }
}
