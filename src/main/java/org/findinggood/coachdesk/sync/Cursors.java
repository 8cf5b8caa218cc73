package org.findinggood.coachdesk.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.store.SyncCursor;
import org.findinggood.coachdesk.store.SyncCursorRepository;

/**
 * The pull's bookkeeping in the cache's {@code sync_cursor} table: keyset positions, markers
 * ("this client was fully backfilled"), reconciliation times. A cursor without an id counts as absent
 * (the table has no delete, so forgetting a key empties it).
 */
final class Cursors {

    /** The id stored in a marker key (the key itself carries the information). */
    static final UUID MARK = new UUID(0, 1);

    private final SyncCursorRepository repository;

    Cursors(SyncCursorRepository repository) {
        this.repository = repository;
    }

    Optional<KeysetPull.Position> position(String key) {
        return repository.find(key).filter(c -> c.lastId() != null)
                .map(c -> new KeysetPull.Position(c.lastUpdatedAt(), c.lastId()));
    }

    /** Saves a position; joins the caller's transaction. */
    void save(String key, KeysetPull.Position position) {
        repository.save(repository.get(key).advancedTo(position.at(), position.id()));
    }

    void mark(String key) {
        save(key, new KeysetPull.Position(null, MARK));
    }

    void forget(String key) {
        SyncCursor current = repository.get(key);
        repository.save(new SyncCursor(key, null, null, current.reconciledAt()));
    }

    List<String> keysStartingWith(String prefix) {
        return repository.all().stream()
                .filter(c -> c.key().startsWith(prefix) && c.lastId() != null)
                .map(SyncCursor::key)
                .toList();
    }

    Optional<Instant> reconciledAt(String key) {
        return repository.find(key).map(SyncCursor::reconciledAt).map(OffsetDateTime::toInstant);
    }

    void reconciled(String key, Instant at) {
        repository.save(repository.get(key).reconciled(at.atOffset(ZoneOffset.UTC)));
    }
}
