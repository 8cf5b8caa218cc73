package org.findinggood.coachdesk.sync;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.findinggood.coachdesk.model.ServerTimestamps;
import org.findinggood.coachdesk.remote.BadResponseException;
import org.findinggood.coachdesk.remote.Condition;
import org.findinggood.coachdesk.remote.Order;
import org.findinggood.coachdesk.remote.PostgrestQuery;
import org.findinggood.coachdesk.remote.ReadRows;
import org.findinggood.coachdesk.remote.ServerError;
import org.findinggood.coachdesk.remote.UnreadableRow;

/**
 * Reads a table page by page through the server's row cap.
 *
 * <p>{@link #since}: rows whose cursor column is at or after a point, in {@code (cursor, id)} order,
 * each page starting after the last {@code (cursor, id)} seen, so ties on the timestamp (a bulk write
 * in one transaction stamps every row the same) are never skipped or read twice.
 * {@link #byId}: every row in id order (reconciliation, re-reads), resumable after any id;
 * {@link #firstPage} and {@link #inRange}: the same for a backfill, its first page with the row count, the rest
 * in id ranges that can be read side by side ({@link TableBackfill}).
 */
final class KeysetPull {

    private static final Set<String> KEYS_ID = Set.of("id");

    private final int pageSize;
    private final RowCapSeen cap;
    private final UnreadableRows unreadable;

    KeysetPull(int pageSize, RowCapSeen cap, UnreadableRows unreadable) {
        this.pageSize = pageSize;
        this.cap = cap;
        this.unreadable = unreadable;
    }

    int pageSize() {
        return pageSize;
    }

    /** Whether a first page read with its count ends the read; without a count, as any other page. */
    boolean isLastPage(int got, OptionalLong remaining) {
        return remaining.isPresent() ? cap.isLastPage(pageSize, got, remaining.getAsLong()) : cap.isLastPage(pageSize, got);
    }

    /** Where an incremental pull stands: the last {@code (cursor, id)} read. */
    record Position(OffsetDateTime at, UUID id) {

        boolean isAfter(Position other) {
            if (other == null || other.at == null) {
                return true;
            }
            if (at == null) {
                return false;
            }
            int byTime = at.compareTo(other.at);
            return byTime > 0 || (byTime == 0 && serverOrder(id, other.id) > 0);
        }

        /** PostgreSQL orders uuids by their bytes, unsigned; {@link UUID#compareTo} compares signed halves. */
        static int serverOrder(UUID a, UUID b) {
            int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        }

        static Position later(Position a, Position b) {
            if (a == null) {
                return b;
            }
            return b != null && b.isAfter(a) ? b : a;
        }
    }

    /** A page and the position after it; the page handler writes both in one transaction. */
    interface PageHandler<T> {
        void accept(List<T> rows, Position after);
    }

    /** A page of an id-ordered read and the last id it held (readable or not). */
    interface IdPageHandler<T> {
        void accept(List<T> rows, UUID lastId);
    }

    /**
     * Rows of {@code base} with {@code cursorColumn >= from} (all non-null ones when {@code from} is null).
     * Rows with a null cursor value are left to the id reconciliation.
     */
    <T> Position since(PulledTable<T> table, PostgrestQuery base, OffsetDateTime from, PageHandler<T> handler) {
        String column = table.cursorColumn();
        Position last = null;
        while (true) {
            PostgrestQuery page = base.order(column, Order.ASC).order("id", Order.ASC).limit(pageSize);
            if (last != null) {
                String at = TimestampText.of(last.at());
                page = page.or(Condition.gt(column, at),
                        Condition.and(Condition.eq(column, at), Condition.gt("id", last.id())));
            } else if (from != null) {
                page = page.gte(column, TimestampText.of(from));
            } else {
                page = page.not(column, "is", null);
            }
            ReadRows<T> read = read(table, page, false);
            if (read.isEmpty()) {
                return last;
            }
            Position first = positionAt(table, read, 0);
            if (last != null && !first.isAfter(last)) {
                throw new RepeatedPageException(table.name(), last.toString(), first.toString());
            }
            last = positionAt(table, read, read.count() - 1);
            handler.accept(read.rows(), last);
            if (cap.isLastPage(pageSize, read.count())) {
                return last;
            }
        }
    }

    /** Every row of {@code base} with an id after {@code afterId} (all when null), in id order. */
    <T> void byId(PulledTable<T> table, PostgrestQuery base, UUID afterId, Consumer<List<T>> handler) {
        inRange(table, base, new IdRange(afterId, IdRange.LAST), (rows, lastId) -> handler.accept(rows));
    }

    /**
     * The first page of {@code base} after {@code afterId} (from the start when null), in id order, with the
     * count of rows still to read ({@code Prefer: count=exact}), which spares a separate count request.
     */
    <T> FirstPage<T> firstPage(PulledTable<T> table, PostgrestQuery base, UUID afterId) {
        PostgrestQuery page = base.order("id", Order.ASC).limit(pageSize);
        ReadRows<T> read = read(table, afterId == null ? page : page.gt("id", afterId), true);
        UUID lastId = read.isEmpty() ? null : idAt(table, read, read.count() - 1);
        return new FirstPage<>(read.rows(), read.total(), lastId, isLastPage(read.count(), read.total()));
    }

    /**
     * A backfill's first page: its readable rows, the count of rows it had left, its last id (null when empty),
     * and whether it was the whole read.
     */
    record FirstPage<T>(List<T> rows, OptionalLong total, UUID lastId, boolean whole) {
    }

    /** Every row of {@code base} in {@code range}, in id order. */
    <T> void inRange(PulledTable<T> table, PostgrestQuery base, IdRange range, IdPageHandler<T> handler) {
        UUID last = range.after();
        while (!range.upTo().equals(last)) {
            PostgrestQuery page = base.order("id", Order.ASC).limit(pageSize);
            if (last != null) {
                page = page.gt("id", last);
            }
            if (!range.upTo().equals(IdRange.LAST)) {
                page = page.lte("id", range.upTo());
            }
            ReadRows<T> read = read(table, page, false);
            if (read.isEmpty()) {
                return;
            }
            requireAdvance(table.name(), last, idAt(table, read, 0));
            UUID previous = last;
            last = idAt(table, read, read.count() - 1);
            if (!range.upTo().equals(IdRange.LAST) && Position.serverOrder(last, range.upTo()) > 0) {
                // rows past the range asked for: an answer to another request, replayed
                throw new RepeatedPageException(table.name(), String.valueOf(previous), last.toString());
            }
            handler.accept(read.rows(), last);
            if (cap.isLastPage(pageSize, read.count())) {
                return;
            }
        }
    }

    /** Only the ids of {@code base}, in id order (the cheap reconciliation read). */
    void ids(PostgrestQuery base, Consumer<List<UUID>> handler) {
        UUID last = null;
        while (true) {
            PostgrestQuery page = base.select("id").order("id", Order.ASC).limit(pageSize);
            if (last != null) {
                page = page.gt("id", last);
            }
            ReadRows<IdOnly> read = page.listReadable(IdOnly.class, KEYS_ID);
            if (read.isEmpty()) {
                return;
            }
            // every id, also of a row that could not be read whole: the server has it
            List<UUID> ids = new ArrayList<>(read.count());
            read.rows().forEach(row -> ids.add(row.id()));
            read.unreadable().forEach(row -> ids.add(idOf(base.table(), row)));
            ids.sort(Position::serverOrder);
            requireAdvance(base.table(), last, ids.get(0));
            last = ids.get(ids.size() - 1);
            handler.accept(ids);
            if (cap.isLastPage(pageSize, read.count())) {
                return;
            }
        }
    }

    /** A page's rows; those that cannot be read go to {@link #unreadable} and the read goes on. */
    private <T> ReadRows<T> read(PulledTable<T> table, PostgrestQuery page, boolean withCount) {
        Set<String> keys = table.hasCursor() ? Set.of("id", table.cursorColumn()) : KEYS_ID;
        ReadRows<T> read = withCount ? page.listReadableWithCount(table.type(), keys) : page.listReadable(table.type(), keys);
        if (!read.unreadable().isEmpty()) {
            unreadable.found(table.name(), read.unreadable());
        }
        return read;
    }

    /** The {@code (cursor, id)} of the page's row at {@code index}, read or not. */
    private static <T> Position positionAt(PulledTable<T> table, ReadRows<T> read, int index) {
        UnreadableRow spoiled = unreadableAt(read, index);
        if (spoiled == null) {
            T row = read.rows().get(index - unreadableBefore(read, index));
            return new Position(table.cursorOf().apply(row), table.idOf().apply(row));
        }
        String at = spoiled.keys().get(table.cursorColumn());
        try {
            return new Position(ServerTimestamps.parse(at), idOf(table.name(), spoiled));
        } catch (RuntimeException noCursor) {
            throw new BadResponseException("A row of " + table.name() + " has no " + table.cursorColumn()
                    + " Coach Desk can read, so sync cannot go past it; send the details to support.",
                    ServerError.none("row " + spoiled.keys().get("id") + ": " + spoiled.error()), noCursor);
        }
    }

    private static <T> UUID idAt(PulledTable<T> table, ReadRows<T> read, int index) {
        UnreadableRow spoiled = unreadableAt(read, index);
        return spoiled != null ? idOf(table.name(), spoiled)
                : table.idOf().apply(read.rows().get(index - unreadableBefore(read, index)));
    }

    static UUID idOf(String table, UnreadableRow row) {
        try {
            return UUID.fromString(row.keys().get("id"));
        } catch (RuntimeException noId) {
            throw new BadResponseException("A row of " + table + " has no id Coach Desk can read, so sync cannot go past it; "
                    + "send the details to support.", ServerError.none("row " + row.index() + ": " + row.error()), noId);
        }
    }

    private static UnreadableRow unreadableAt(ReadRows<?> read, int index) {
        for (UnreadableRow row : read.unreadable()) {
            if (row.index() == index) {
                return row;
            }
        }
        return null;
    }

    private static int unreadableBefore(ReadRows<?> read, int index) {
        int before = 0;
        for (UnreadableRow row : read.unreadable()) {
            if (row.index() < index) {
                before++;
            }
        }
        return before;
    }

    /** Each page must start after the last id of the one before, or paging would never end. */
    private static void requireAdvance(String table, UUID last, UUID first) {
        if (last != null && Position.serverOrder(first, last) <= 0) {
            throw new RepeatedPageException(table, last.toString(), first.toString());
        }
    }

    /** Where rows that cannot be read are kept ({@link Quarantine}). */
    interface UnreadableRows {
        void found(String table, List<UnreadableRow> rows);
    }

    /** A row read with {@code select=id}. */
    record IdOnly(UUID id) {
    }
}
