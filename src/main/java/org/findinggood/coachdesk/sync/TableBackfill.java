package org.findinggood.coachdesk.sync;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.remote.PostgrestQuery;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.DeferredIndexes;
import org.findinggood.coachdesk.store.PreparedRows;

/**
 * Reads every row of one table for clients new to the scope, in id order, each page written with its position
 * so an interrupted backfill resumes at its last page.
 *
 * <p>The first page also brings the count of rows. From a bulk backfill ({@link SyncSettings#bulkRows()} or
 * more, at least as many as the table holds) the table's secondary indexes are set aside until it is full,
 * and the rest of it is read in {@link SyncSettings#readers()} id ranges side by side ({@link IdRange}), so
 * the server prepares one page while another is parsed and a third written. Each range keeps its own position
 * under {@code backfill:<table>@<upper end>}; the first page writes them all, so a resumed backfill finds
 * exactly the ranges still open.
 */
final class TableBackfill<T> {

    /** The range a table read whole in its first page is marked with. */
    private static final IdRange DONE = new IdRange(IdRange.LAST, IdRange.LAST);

    private final PulledTable<T> table;
    private final PostgrestQuery base;
    private final String key;
    private final KeysetPull keyset;
    private final PageWriter writer;
    private final CacheDatabase db;
    private final Cursors cursors;
    private final DeferredIndexes deferredIndexes;
    private final SyncSettings settings;
    private final SyncProgress progress;
    private final Quarantine quarantine;
    /** The highest cursor value read: the table's incremental cursor starts there when it has none. */
    private KeysetPull.Position highest;
    private boolean bulk;

    TableBackfill(PulledTable<T> table, PostgrestQuery base, KeysetPull keyset, PageWriter writer, CacheDatabase db,
            Cursors cursors, DeferredIndexes deferredIndexes, SyncSettings settings, SyncProgress progress,
            Quarantine quarantine) {
        this.quarantine = quarantine;
        this.table = table;
        this.base = base;
        this.key = ScopedPull.BACKFILL + table.name();
        this.keyset = keyset;
        this.writer = writer;
        this.db = db;
        this.cursors = cursors;
        this.deferredIndexes = deferredIndexes;
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Reads the table; pages are queued on the writer, not waited for (the caller drains it before marking
     * the backfill done), so the next table is fetched while this one's last pages are written.
     */
    void run(Runnable restoreIndexes) {
        try {
            List<IdRange> open = openRanges();
            if (open == null) {
                open = readFirstPage();
            } else {
                progress.begin(SyncPhase.PULLING, table.name(), -1);
            }
            RangeReaders.readAll(open, this::readRange);
        } catch (RuntimeException e) {
            writer.drainAfter(e);
            throw e;
        } finally {
            if (bulk) {
                // on the writer thread, after the table's last page, while the next table is fetched
                writer.submit(restoreIndexes);
            }
        }
        KeysetPull.Position start = highest;
        if (table.hasCursor() && start != null) {
            writer.submit(() -> db.inTransaction(() -> {
                if (cursors.position(table.name()).isEmpty()) {
                    cursors.save(table.name(), start);
                }
            }));
        }
    }

    /** The ranges a resumed backfill has still to read; null when this table's backfill has not begun. */
    private List<IdRange> openRanges() {
        List<String> keys = cursors.keysStartingWith(key + "@");
        if (keys.isEmpty()) {
            return null;
        }
        List<IdRange> open = new ArrayList<>();
        for (String rangeKey : keys) {
            KeysetPull.Position at = cursors.position(rangeKey).orElseThrow();
            noteHighest(at.at() == null ? null : at);
            IdRange range = new IdRange(at.id(), UUID.fromString(rangeKey.substring(key.length() + 1)));
            if (!range.isDone()) {
                open.add(range);
            }
        }
        return open;
    }

    /** Reads the first page with the count, sets the indexes aside for a bulk fill; returns the ranges left. */
    private List<IdRange> readFirstPage() {
        // A position saved by a version that read a table in one range: go on after it.
        KeysetPull.Position resumed = cursors.position(key).orElse(null);
        UUID after = null;
        if (resumed != null) {
            noteHighest(resumed.at() == null ? null : resumed);
            after = resumed.id();
        }
        KeysetPull.FirstPage<T> first = keyset.firstPage(table, base, after);
        long total = first.total().orElse(-1);
        progress.begin(SyncPhase.PULLING, table.name(), total);
        if (total >= settings.bulkRows() && total >= table.rows().count()) {
            deferredIndexes.defer(table.name());
            bulk = true;
        }
        List<T> rows = first.rows();
        OffsetDateTime reached = noteHighest(rows);
        List<IdRange> rest = first.whole() ? List.of()
                : new IdRange(first.lastId(), IdRange.LAST).split(bulk ? settings.readers() : 1);
        PreparedRows<T> page = table.rows().prepare(rows);
        writer.submit(() -> db.inRefetchableTransaction(() -> {
            table.rows().upsert(page);
            quarantine.stored(table.name(), page);
            if (rest.isEmpty()) {
                // read whole: a resumed backfill skips the table
                cursors.save(rangeKey(DONE), new KeysetPull.Position(reached, DONE.upTo()));
            }
            for (IdRange range : rest) {
                cursors.save(rangeKey(range), new KeysetPull.Position(reached, range.after()));
            }
        }));
        advance(rows.size());
        return rest;
    }

    private void readRange(IdRange range) {
        String rangeKey = rangeKey(range);
        keyset.inRange(table, base, range, (rows, lastId) -> {
            KeysetPull.Position saved = new KeysetPull.Position(noteHighest(rows), lastId);
            PreparedRows<T> page = table.rows().prepare(rows);
            writer.submit(() -> db.inRefetchableTransaction(() -> {
                table.rows().upsert(page);
                quarantine.stored(table.name(), page);
                cursors.save(rangeKey, saved);
            }));
            advance(rows.size());
        });
        KeysetPull.Position done = new KeysetPull.Position(highestAt(), range.upTo());
        writer.submit(() -> db.inTransaction(() -> cursors.save(rangeKey, done)));
    }

    private String rangeKey(IdRange range) {
        return key + "@" + range.upTo();
    }

    /** Notes the rows' cursor values; returns the highest seen so far (null for a table without a cursor). */
    private synchronized OffsetDateTime noteHighest(List<T> rows) {
        if (table.hasCursor()) {
            for (T row : rows) {
                OffsetDateTime at = table.cursorOf().apply(row);
                if (at != null) {
                    noteHighest(new KeysetPull.Position(at, table.idOf().apply(row)));
                }
            }
        }
        return highestAt();
    }

    private synchronized void noteHighest(KeysetPull.Position seen) {
        highest = KeysetPull.Position.later(highest, seen);
    }

    private synchronized OffsetDateTime highestAt() {
        return highest == null ? null : highest.at();
    }

    /** Progress listeners expect one thread at a time. */
    private void advance(int rows) {
        synchronized (progress) {
            progress.advance(rows);
        }
    }
}
