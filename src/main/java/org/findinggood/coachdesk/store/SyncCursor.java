package org.findinggood.coachdesk.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where an incremental pull stopped: the last {@code (updated_at, id)} written (keyset position),
 * and when the ids were last reconciled with the server.
 *
 * @param key           a table name, or any finer key the sync engine uses (e.g. "table:client")
 * @param lastUpdatedAt the last row's timestamp (updated_at, or created_at for tables without it)
 * @param lastId        the last row's id (tie-breaker)
 * @param reconciledAt  last id reconciliation, or null if never
 */
public record SyncCursor(String key, OffsetDateTime lastUpdatedAt, UUID lastId, OffsetDateTime reconciledAt) {

    public static SyncCursor start(String key) {
        return new SyncCursor(key, null, null, null);
    }

    public SyncCursor advancedTo(OffsetDateTime updatedAt, UUID id) {
        return new SyncCursor(key, updatedAt, id, reconciledAt);
    }

    public SyncCursor reconciled(OffsetDateTime at) {
        return new SyncCursor(key, lastUpdatedAt, lastId, at);
    }

    /** The timestamp exactly as stored (microseconds, UTC), for a PostgREST filter. */
    public String lastUpdatedAtText() {
        return Columns.timestamp(lastUpdatedAt);
    }
}
