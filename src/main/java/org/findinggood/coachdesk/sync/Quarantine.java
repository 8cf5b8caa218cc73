package org.findinggood.coachdesk.sync;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.findinggood.coachdesk.remote.UnreadableRow;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.PreparedRows;
import org.findinggood.coachdesk.store.QuarantineRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pull pass's side of the quarantine: rows the client could not read ({@link UnreadableRow}) or the cache
 * refused ({@link PreparedRows#refused()}) are kept aside with their error and text, and the pass goes on; a row
 * kept aside earlier that is stored now (it changed on the server) leaves it. Each row is logged once, by table
 * and id only (its text may hold personal data).
 */
final class Quarantine implements KeysetPull.UnreadableRows {

    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);

    private final QuarantineRepository repository;
    private final CacheDatabase db;
    private final Clock clock;
    /** Ids kept aside per table, as in the cache (loaded once a pass per table, kept up to date). */
    private final Map<String, Set<UUID>> kept = new HashMap<>();
    /** Ids met this pass per table that could not be stored: they exist on the server. */
    private final Map<String, Set<UUID>> metThisPass = new HashMap<>();

    /** Loads what {@code tables} have kept aside now (before any page is written: no cache read under a lock later). */
    Quarantine(QuarantineRepository repository, CacheDatabase db, Clock clock, Collection<String> tables) {
        this.repository = repository;
        this.db = db;
        this.clock = clock;
        for (String table : tables) {
            kept.put(table, new HashSet<>(repository.ids(table)));
        }
    }

    /** Rows of a page that could not be read: kept aside at once (their own transaction). */
    @Override
    public void found(String table, List<UnreadableRow> rows) {
        db.inTransaction(() -> {
            for (UnreadableRow row : rows) {
                keep(table, KeysetPull.idOf(table, row), row.error(), row.raw());
            }
        });
    }

    /** Call in the page's write transaction, after the upsert: refused rows kept aside, stored ones released. */
    void stored(String table, PreparedRows<?> page) {
        Map<UUID, PreparedRows.Refused> refused = page.refused();
        refused.forEach((id, why) -> keep(table, id, "the cache refused it: " + why.error(), why.values()));
        Set<UUID> release = new HashSet<>();
        Set<UUID> known = keptIn(table);
        synchronized (this) {
            for (UUID id : page.rowIds()) {
                if (known.contains(id) && !refused.containsKey(id)) {
                    release.add(id);
                }
            }
            known.removeAll(release);
        }
        if (!release.isEmpty()) {
            repository.release(table, release);
            LOG.info("{} rows of {} kept aside earlier were stored now", release.size(), table);
        }
    }

    /** Ids of {@code table} met this pass that could not be stored: not to be taken for deleted. */
    synchronized Set<UUID> metThisPass(String table) {
        return Set.copyOf(metThisPass.getOrDefault(table, Set.of()));
    }

    private void keep(String table, UUID id, String error, String raw) {
        boolean isNew;
        synchronized (this) {
            metThisPass.computeIfAbsent(table, t -> new HashSet<>()).add(id);
            isNew = keptIn(table).add(id);
        }
        repository.put(table, id, error, raw, clock.instant());
        if (isNew) {
            LOG.warn("A row of {} ({}) could not be stored and is kept aside; the rest of the sync goes on: {}",
                    table, id, error.lines().findFirst().orElse(""));
        }
    }

    private synchronized Set<UUID> keptIn(String table) {
        return kept.computeIfAbsent(table, t -> new HashSet<>());
    }
}
