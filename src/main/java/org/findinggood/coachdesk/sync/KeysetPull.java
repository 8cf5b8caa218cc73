package org.findinggood.coachdesk.sync;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.findinggood.coachdesk.remote.Condition;
import org.findinggood.coachdesk.remote.Counted;
import org.findinggood.coachdesk.remote.Order;
import org.findinggood.coachdesk.remote.PostgrestQuery;

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

    private final int pageSize;
    private final RowCapSeen cap;

    KeysetPull(int pageSize, RowCapSeen cap) {
        this.pageSize = pageSize;
        this.cap = cap;
    }

    int pageSize() {
        return pageSize;
    }

    /** Whether a first page read with its count ends the read; without a count, as any other page. */
    boolean isLastPage(int got, java.util.OptionalLong remaining) {
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
            List<T> rows = page.list(table.type());
            if (rows.isEmpty()) {
                return last;
            }
            T head = rows.get(0);
            Position first = new Position(table.cursorOf().apply(head), table.idOf().apply(head));
            if (last != null && !first.isAfter(last)) {
                throw new RepeatedPageException(table.name(), last.toString(), first.toString());
            }
            T tail = rows.get(rows.size() - 1);
            last = new Position(table.cursorOf().apply(tail), table.idOf().apply(tail));
            handler.accept(rows, last);
            if (cap.isLastPage(pageSize, rows.size())) {
                return last;
            }
        }
    }

    /** Every row of {@code base} with an id after {@code afterId} (all when null), in id order. */
    <T> void byId(PulledTable<T> table, PostgrestQuery base, UUID afterId, Consumer<List<T>> handler) {
        inRange(table, base, new IdRange(afterId, IdRange.LAST), handler);
    }

    /**
     * The first page of {@code base} after {@code afterId} (from the start when null), in id order, with the
     * count of rows still to read ({@code Prefer: count=exact}), which spares a separate count request.
     */
    <T> Counted<T> firstPage(PulledTable<T> table, PostgrestQuery base, UUID afterId) {
        PostgrestQuery page = base.order("id", Order.ASC).limit(pageSize);
        return (afterId == null ? page : page.gt("id", afterId)).listWithCount(table.type());
    }

    /** Every row of {@code base} in {@code range}, in id order. */
    <T> void inRange(PulledTable<T> table, PostgrestQuery base, IdRange range, Consumer<List<T>> handler) {
        UUID last = range.after();
        while (!range.upTo().equals(last)) {
            PostgrestQuery page = base.order("id", Order.ASC).limit(pageSize);
            if (last != null) {
                page = page.gt("id", last);
            }
            if (!range.upTo().equals(IdRange.LAST)) {
                page = page.lte("id", range.upTo());
            }
            List<T> rows = page.list(table.type());
            if (rows.isEmpty()) {
                return;
            }
            requireAdvance(table.name(), last, table.idOf().apply(rows.get(0)));
            last = table.idOf().apply(rows.get(rows.size() - 1));
            handler.accept(rows);
            if (cap.isLastPage(pageSize, rows.size())) {
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
            List<IdOnly> rows = page.list(IdOnly.class);
            if (rows.isEmpty()) {
                return;
            }
            requireAdvance(base.table(), last, rows.get(0).id());
            last = rows.get(rows.size() - 1).id();
            handler.accept(rows.stream().map(IdOnly::id).toList());
            if (cap.isLastPage(pageSize, rows.size())) {
                return;
            }
        }
    }

    /** Each page must start after the last id of the one before, or paging would never end. */
    private static void requireAdvance(String table, UUID last, UUID first) {
        if (last != null && Position.serverOrder(first, last) <= 0) {
            throw new RepeatedPageException(table, last.toString(), first.toString());
        }
    }

    /** A row read with {@code select=id}. */
    record IdOnly(UUID id) {
    }
}
