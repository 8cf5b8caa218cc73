package org.findinggood.coachdesk.sync;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.Coach;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.ServerTimestamps;
import org.findinggood.coachdesk.remote.Condition;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.PostgrestQuery;
import org.findinggood.coachdesk.remote.ReadRows;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.DeferredIndexes;
import org.findinggood.coachdesk.store.PreparedRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the signed-in coach's part of the server into the cache. One pass:
 * <ol>
 * <li>the coach's own {@code coaches} row; their relationships (keyset on {@code updated_at},
 *     plus an id check every pass, as relationships decide the scope);</li>
 * <li>the scope: client e-mails of those relationships; {@code clients} rows re-read whole (one small
 *     row per client); data of clients that left the scope is dropped;</li>
 * <li>clients already in the cache: per table, keyset from the cursor minus the overlap
 *     ({@link KeysetPull#since}); check-ins of the last days re-read; active focus items compared;</li>
 * <li>clients new to the scope: every row, in id order, resumable page by page (backfill);</li>
 * <li>when due, the reconciliation: ids compared (deletions, rows that slipped past the overlap),
 *     tables without {@code updated_at} re-read whole.</li>
 * </ol>
 * Each page is written in one cache transaction together with its cursor, on a {@link PageWriter} thread
 * while the next page is fetched.
 *
 * <p>A client may have several coaches. Tables with a coach column ({@code agreed_activities},
 * {@code rolling_aggregates}, {@code weekly_snapshots}) are read only where {@code coach_id} is this coach
 * or null, in every read (keyset, backfill, id reconciliation), so another coach's activities and private
 * {@code coach_notes} never reach this cache; rows of another coach already cached are purged at the start
 * of each pass. Null-coach rows are in scope: they belong to the client, not to a coach (activities from the
 * client's own Focus, snapshots and aggregates written before a coach was assigned), and
 * {@code coach_scoped.sql} lets every coach of the client read them too.
 */
final class ScopedPull {

    private static final Logger LOG = LoggerFactory.getLogger(ScopedPull.class);
    static final String COVERED = "scope:";
    static final String BACKFILL = "backfill:";
    static final String BACKFILL_CHUNK = "backfill:chunk";
    static final String RECONCILED = "reconciled";

    private final PostgrestClient rest;
    private final CacheDatabase db;
    private final CacheTables tables;
    private final Cursors cursors;
    private final SyncSettings settings;
    private final Clock clock;
    /** Pages of the pass under way; made per pass, as it learns the server's row cap afresh ({@link RowCapSeen}). */
    private KeysetPull keyset;
    private final DeferredIndexes deferredIndexes;
    /** The signed-in coach's id for the pass under way (rows of other coaches are out of scope). */
    private UUID me;
    /** Rows of the pass under way that cannot be stored. */
    private Quarantine quarantine;
    /** Writes the pages of the pass under way. */
    private PageWriter writer;

    ScopedPull(PostgrestClient rest, CacheDatabase db, CacheTables tables, Cursors cursors, SyncSettings settings,
            Clock clock) {
        this.rest = rest;
        this.db = db;
        this.tables = tables;
        this.cursors = cursors;
        this.settings = settings;
        this.clock = clock;
        this.deferredIndexes = new DeferredIndexes(db);
    }

    /** One pull pass for the coach signed in as {@code coachEmail} (auth user {@code userId}). */
    void pull(String coachEmail, UUID userId, boolean forceReconcile, SyncProgress progress) {
        // Two pages in flight: one being written, one waiting, while the next is fetched.
        try (PageWriter pages = new PageWriter(2)) {
            writer = pages;
            List<String> names = new ArrayList<>();
            tables.all().forEach(t -> names.add(t.name()));
            quarantine = new Quarantine(tables.quarantine(), db, clock, names);
            keyset = new KeysetPull(Math.min(settings.pageSize(), rest.maxRows()), new RowCapSeen(), quarantine);
            pullWith(coachEmail, userId, forceReconcile, progress);
        } finally {
            writer = null;
            // Normally done after each bulk table already; after a failed pass, indexes are not left aside
            // (nor the cache's change notices for those tables held back) until the next open.
            restoreIndexes();
        }
    }

    private void pullWith(String coachEmail, UUID userId, boolean forceReconcile, SyncProgress progress) {
        UUID coachId = pullCoach(coachEmail, userId, progress);
        me = coachId;
        purgeOtherCoaches(coachId);
        pullRelationships(coachId, progress);
        SyncScope scope = new SyncScope(coachId, coachEmail, scopeEmails(coachId));
        pullClients(scope, progress);
        Set<String> covered = coveredEmails();
        dropLeftScope(covered, scope.clientEmails());
        SortedSet<String> kept = new TreeSet<>(covered);
        kept.retainAll(scope.clientEmails());
        pullIncremental(kept, progress);
        SortedSet<String> fresh = new TreeSet<>(scope.clientEmails());
        fresh.removeAll(covered);
        backfill(fresh, progress);
        if (cursors.reconciledAt(RECONCILED).isEmpty()) {
            // The first (possibly resumed) full read is as good as a reconciliation.
            db.inTransaction(() -> cursors.reconciled(RECONCILED, clock.instant()));
        } else if (forceReconcile || reconcileDue()) {
            reconcile(kept, progress);
        }
    }

    // ---- coach, relationships, clients -------------------------------------------------------------

    private UUID pullCoach(String coachEmail, UUID userId, SyncProgress progress) {
        progress.begin(SyncPhase.PULLING, "coaches", 1);
        List<Coach> mine = rest.from("coaches").eq("email", coachEmail).list(Coach.class);
        db.inTransaction(() -> {
            tables.coaches().upsertAll(mine);
            Set<UUID> keep = new HashSet<>();
            mine.forEach(c -> keep.add(c.id()));
            List<UUID> others = tables.coaches().all().stream().map(Coach::id).filter(id -> !keep.contains(id)).toList();
            tables.coaches().deleteByIds(others);
        });
        progress.advance(mine.size());
        // Relationships point at coaches.id; without a coaches row fall back to the auth user's id.
        return mine.isEmpty() ? userId : mine.get(0).id();
    }

    private void pullRelationships(UUID coachId, SyncProgress progress) {
        PulledTable<CoachingRelationship> table = tables.relationships();
        progress.begin(SyncPhase.PULLING, table.name(), -1);
        PostgrestQuery base = rest.from(table.name()).eq("coach_id", coachId);
        pullSinceCursor(table, base, table.name(), true, progress);
        // Relationships decide the scope, so deletions are checked every pass (one small id read).
        Set<UUID> server = new HashSet<>();
        keyset.ids(base, server::addAll);
        List<UUID> vanished = tables.relationships().rows().all().stream()
                .map(CoachingRelationship::id).filter(id -> !server.contains(id)).toList();
        if (!vanished.isEmpty()) {
            db.inTransaction(() -> tables.relationships().rows().deleteByIds(vanished));
        }
        fetchMissing(table, base, server);
    }

    private SortedSet<String> scopeEmails(UUID coachId) {
        SortedSet<String> emails = new TreeSet<>();
        for (CoachingRelationship r : tables.relationships().rows().all()) {
            if (coachId.equals(r.coachId()) && r.clientEmail() != null) {
                emails.add(r.clientEmail());
            }
        }
        return emails;
    }

    private void pullClients(SyncScope scope, SyncProgress progress) {
        PulledTable<Client> table = tables.clients();
        progress.begin(SyncPhase.PULLING, table.name(), scope.clientEmails().size());
        Set<UUID> seen = new HashSet<>();
        for (List<String> chunk : SyncScope.chunks(scope.clientEmails(), settings.inListChunk())) {
            keyset.byId(table, rest.from(table.name()).in("email", chunk), null, rows -> {
                db.inTransaction(() -> store(table, rows));
                rows.forEach(c -> seen.add(c.id()));
                progress.advance(rows.size());
            });
        }
        seen.addAll(quarantine.metThisPass(table.name()));
        List<UUID> gone = table.rows().all().stream().map(Client::id).filter(id -> !seen.contains(id)).toList();
        if (!gone.isEmpty()) {
            db.inTransaction(() -> table.rows().deleteByIds(gone));
        }
    }

    // ---- scope bookkeeping ----------------------------------------------------------------------------

    /**
     * Rows tied to another coach leave the cache (caches written before the pull filtered by coach, or a row
     * reassigned to another coach on the server); rows with unsent edits stay until pushed (see deleteByIds).
     */
    private void purgeOtherCoaches(UUID coachId) {
        for (PulledTable<?> table : tables.clientTables()) {
            if (!table.perCoach()) {
                continue;
            }
            Set<UUID> foreign = table.rows().idsWithOtherValue(table.coachColumn(), coachId);
            if (!foreign.isEmpty()) {
                int deleted = db.inTransaction(() -> table.rows().deleteByIds(foreign));
                LOG.info("Removed {} rows of {} that belong to another coach", deleted, table.name());
            }
        }
    }

    private Set<String> coveredEmails() {
        Set<String> emails = new HashSet<>();
        for (String key : cursors.keysStartingWith(COVERED)) {
            emails.add(key.substring(COVERED.length()));
        }
        return emails;
    }

    /** A relationship went away: its client's rows go too (rows with unsent edits stay, see deleteByIds). */
    private void dropLeftScope(Set<String> covered, Set<String> scope) {
        for (String email : covered) {
            if (scope.contains(email)) {
                continue;
            }
            db.inTransaction(() -> {
                for (PulledTable<?> table : tables.clientTables()) {
                    table.rows().deleteByIds(table.rows().idsForClient(email));
                }
                cursors.forget(COVERED + email);
            });
        }
    }

    // ---- incremental ----------------------------------------------------------------------------------

    private void pullIncremental(SortedSet<String> emails, SyncProgress progress) {
        if (emails.isEmpty()) {
            return;
        }
        List<List<String>> chunks = SyncScope.chunks(emails, settings.inListChunk());
        for (PulledTable<?> table : tables.clientTables()) {
            if (table.hasCursor()) {
                progress.begin(SyncPhase.PULLING, table.name(), -1);
                pullTableIncremental(table, chunks, progress);
            }
        }
        pullRecentCheckins(chunks, progress);
        pullActiveFocus(chunks, progress);
    }

    private <T> void pullTableIncremental(PulledTable<T> table, List<List<String>> chunks, SyncProgress progress) {
        if (chunks.size() == 1) {
            // One chunk: the cursor moves with every page, so an interruption resumes at the last page.
            pullSinceCursor(table, scoped(table, chunks.get(0)), table.name(), true, progress);
            return;
        }
        // Several chunks share one cursor: it moves once all chunks were read up to now.
        KeysetPull.Position reached = null;
        for (List<String> chunk : chunks) {
            reached = KeysetPull.Position.later(reached,
                    pullSinceCursor(table, scoped(table, chunk), table.name(), false, progress));
        }
        if (reached != null) {
            KeysetPull.Position end = reached;
            db.inTransaction(() -> advanceCursor(table.name(), end));
        }
    }

    /** Keyset pull from the stored cursor minus the overlap; returns the last position read. */
    private <T> KeysetPull.Position pullSinceCursor(PulledTable<T> table, PostgrestQuery base, String cursorKey,
            boolean savePerPage, SyncProgress progress) {
        Optional<KeysetPull.Position> stored = cursors.position(cursorKey);
        OffsetDateTime from = stored.map(p -> ServerTimestamps.isInfinite(p.at()) ? p.at() : p.at().minus(settings.overlap()))
                .orElse(null);
        try {
            KeysetPull.Position reached = keyset.since(table, base, from, (rows, after) -> {
                PreparedRows<T> page = table.rows().prepare(rows);
                writer.submit(() -> db.inRefetchableTransaction(() -> {
                    table.rows().upsert(page);
                    quarantine.stored(table.name(), page);
                    if (savePerPage) {
                        advanceCursor(cursorKey, after);
                    }
                }));
                progress.advance(rows.size());
            });
            writer.drain();
            return reached;
        } catch (RuntimeException e) {
            writer.drainAfter(e);
            throw e;
        }
    }

    /** Cursors only move forward: re-reading the overlap must not pull them back. */
    private void advanceCursor(String key, KeysetPull.Position reached) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        if (reached.at() != null && reached.at().isAfter(now)) {
            // A row stamped in the future (a writer's clock ahead) must not carry the cursor past rows
            // written now: keep the cursor at our clock, the overlap re-reads the rest.
            reached = new KeysetPull.Position(now, new UUID(0, 0));
        }
        KeysetPull.Position stored = cursors.position(key).orElse(null);
        if (reached.isAfter(stored)) {
            cursors.save(key, reached);
        }
    }

    /** A client may check in again the same day: that updates the row without a new timestamp. */
    private void pullRecentCheckins(List<List<String>> chunks, SyncProgress progress) {
        PulledTable<DailyCheckin> table = tables.checkins();
        LocalDate since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(settings.checkinDays());
        for (List<String> chunk : chunks) {
            keyset.byId(table, scoped(table, chunk).gte("check_date", since.toString()), null, rows -> {
                db.inTransaction(() -> store(table, rows));
                progress.advance(rows.size());
            });
        }
    }

    /**
     * {@code focus_history} has no timestamp. New items start active and items change when they end, so
     * the active ones are re-read; a cached active item the server no longer lists as active ended (or was
     * deleted): it is fetched by id or removed.
     */
    private void pullActiveFocus(List<List<String>> chunks, SyncProgress progress) {
        PulledTable<FocusHistoryEntry> table = tables.focus();
        progress.begin(SyncPhase.PULLING, table.name(), -1);
        for (List<String> chunk : chunks) {
            Set<UUID> active = new HashSet<>();
            keyset.byId(table, scoped(table, chunk).is("ended_at", null), null, rows -> {
                db.inTransaction(() -> store(table, rows));
                rows.forEach(r -> active.add(r.id()));
                progress.advance(rows.size());
            });
            active.addAll(quarantine.metThisPass(table.name()));
            Set<UUID> endedOrGone = new LinkedHashSet<>();
            for (String email : chunk) {
                for (FocusHistoryEntry cached : tables.focusEntries(email)) {
                    if (cached.isActive() && !active.contains(cached.id())) {
                        endedOrGone.add(cached.id());
                    }
                }
            }
            refetchOrDelete(table, endedOrGone);
        }
    }

    // ---- backfill -------------------------------------------------------------------------------------

    /**
     * Every row of clients new to the scope, chunk by chunk, table by table, in id order. The position is
     * saved with each page, under a fingerprint of the chunk, so an interrupted backfill resumes at its
     * last page when the same clients are still new, and starts over when they are not.
     */
    private void backfill(SortedSet<String> fresh, SyncProgress progress) {
        for (List<String> chunk : SyncScope.chunks(fresh, settings.inListChunk())) {
            UUID fingerprint = UUID.nameUUIDFromBytes(String.join("\n", chunk).getBytes(StandardCharsets.UTF_8));
            Optional<KeysetPull.Position> marker = cursors.position(BACKFILL_CHUNK);
            if (marker.isEmpty() || !fingerprint.equals(marker.get().id())) {
                db.inTransaction(() -> {
                    for (String key : cursors.keysStartingWith(BACKFILL)) {
                        cursors.forget(key);
                    }
                    cursors.save(BACKFILL_CHUNK, new KeysetPull.Position(null, fingerprint));
                });
            }
            for (PulledTable<?> table : tables.clientTables()) {
                backfillTable(table, chunk, progress);
            }
            writer.drain();
            db.inTransaction(() -> {
                for (String email : chunk) {
                    cursors.mark(COVERED + email);
                }
                for (String key : cursors.keysStartingWith(BACKFILL)) {
                    cursors.forget(key);
                }
            });
            LOG.info("Backfilled {} new clients", chunk.size());
        }
    }

    private <T> void backfillTable(PulledTable<T> table, List<String> chunk, SyncProgress progress) {
        new TableBackfill<>(table, scoped(table, chunk), keyset, writer, db, cursors, deferredIndexes, settings, progress,
                quarantine).run(this::restoreIndexes);
    }

    /** Builds the indexes a bulk backfill set aside; a failure here is left for the next open to repair. */
    private void restoreIndexes() {
        try {
            deferredIndexes.restoreAll();
        } catch (RuntimeException e) {
            LOG.warn("Could not rebuild cache indexes after a backfill; the next open retries: {}", e.getMessage());
        }
    }

    // ---- reconciliation -------------------------------------------------------------------------------

    private boolean reconcileDue() {
        Optional<Instant> last = cursors.reconciledAt(RECONCILED);
        return last.isEmpty() || !last.get().plus(settings.reconcileEvery()).isAfter(clock.instant());
    }

    private void reconcile(SortedSet<String> emails, SyncProgress progress) {
        for (List<String> chunk : SyncScope.chunks(emails, settings.inListChunk())) {
            for (PulledTable<?> table : tables.clientTables()) {
                progress.begin(SyncPhase.RECONCILING, table.name(), -1);
                reconcileTable(table, chunk, progress);
            }
        }
        db.inTransaction(() -> cursors.reconciled(RECONCILED, clock.instant()));
    }

    /**
     * Tables with {@code updated_at}: compare ids only (deleted rows go, rows that slipped past the overlap
     * are fetched). Tables without: re-read whole, as a row may have changed without any timestamp moving.
     */
    private <T> void reconcileTable(PulledTable<T> table, List<String> chunk, SyncProgress progress) {
        PostgrestQuery base = scoped(table, chunk);
        Set<UUID> cached = new HashSet<>();
        for (String email : chunk) {
            cached.addAll(table.rows().idsForClient(email));
        }
        Set<UUID> server = new HashSet<>();
        if (table.tracksUpdates()) {
            keyset.ids(base, server::addAll);
            fetchMissing(table, base, server, cached);
        } else {
            keyset.byId(table, base, null, rows -> {
                db.inTransaction(() -> store(table, rows));
                rows.forEach(r -> server.add(table.idOf().apply(r)));
                progress.advance(rows.size());
            });
            // rows the server sent that could not be stored are not deleted ones
            server.addAll(quarantine.metThisPass(table.name()));
        }
        List<UUID> vanished = cached.stream().filter(id -> !server.contains(id)).toList();
        if (!vanished.isEmpty()) {
            int deleted = db.inTransaction(() -> table.rows().deleteByIds(vanished));
            LOG.info("Reconciliation removed {} rows of {} deleted on the server", deleted, table.name());
        }
    }

    private <T> void fetchMissing(PulledTable<T> table, PostgrestQuery base, Set<UUID> server) {
        Set<UUID> cached = new HashSet<>();
        for (T row : table.rows().all()) {
            cached.add(table.idOf().apply(row));
        }
        fetchMissing(table, base, server, cached);
    }

    private <T> void fetchMissing(PulledTable<T> table, PostgrestQuery base, Set<UUID> server, Set<UUID> cached) {
        List<UUID> missing = server.stream().filter(id -> !cached.contains(id)).sorted().toList();
        for (int i = 0; i < missing.size(); i += settings.inListChunk()) {
            List<UUID> ids = missing.subList(i, Math.min(missing.size(), i + settings.inListChunk()));
            List<T> rows = readable(table, base.in("id", ids), new HashSet<>());
            db.inTransaction(() -> store(table, rows));
        }
    }

    private <T> void refetchOrDelete(PulledTable<T> table, Set<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += settings.inListChunk()) {
            List<UUID> batch = all.subList(i, Math.min(all.size(), i + settings.inListChunk()));
            Set<UUID> found = new HashSet<>();
            List<T> rows = readable(table, ofThisCoach(table, rest.from(table.name())).in("id", batch), found);
            rows.forEach(r -> found.add(table.idOf().apply(r)));
            List<UUID> gone = batch.stream().filter(id -> !found.contains(id)).toList();
            db.inTransaction(() -> {
                store(table, rows);
                table.rows().deleteByIds(gone);
            });
        }
    }

    /** The rows of {@code query} that can be read; the others are kept aside and their ids added to {@code unreadableIds}. */
    private <T> List<T> readable(PulledTable<T> table, PostgrestQuery query, Set<UUID> unreadableIds) {
        ReadRows<T> read = query.listReadable(table.type(), Set.of("id"));
        if (!read.unreadable().isEmpty()) {
            quarantine.found(table.name(), read.unreadable());
            read.unreadable().forEach(row -> unreadableIds.add(KeysetPull.idOf(table.name(), row)));
        }
        return read.rows();
    }

    /** Writes pulled rows (joins the caller's transaction); rows the cache refuses are kept aside. */
    private <T> void store(PulledTable<T> table, List<T> rows) {
        PreparedRows<T> page = table.rows().prepare(rows);
        table.rows().upsert(page);
        quarantine.stored(table.name(), page);
    }

    /** The table's rows for these clients that this coach may hold: see the class comment. */
    private PostgrestQuery scoped(PulledTable<?> table, List<String> emails) {
        return ofThisCoach(table, rest.from(table.name()).in(table.clientColumn(), emails));
    }

    /**
     * {@code or=(coach_id.eq.<me>,coach_id.is.null)} on per-coach tables. The keyset pages add a second
     * {@code or=(...)}; PostgREST ANDs every {@code or}/{@code and} parameter of a request (each is parsed
     * into its own logic tree, QueryParams.hs/Plan.hs), as postgrest-js sends two chained {@code .or()}.
     */
    private PostgrestQuery ofThisCoach(PulledTable<?> table, PostgrestQuery query) {
        if (!table.perCoach()) {
            return query;
        }
        if (me == null) {
            throw new IllegalStateException("the coach's id is known only during a pull");
        }
        return query.or(Condition.eq(table.coachColumn(), me), Condition.is(table.coachColumn(), null));
    }
}
