package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pull positions per table. Save a cursor in the same transaction as the page it follows. */
public final class SyncCursorRepository {

    private final CacheDatabase db;

    public SyncCursorRepository(CacheDatabase db) {
        this.db = db;
    }

    public Optional<SyncCursor> find(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sync_cursor WHERE cursor_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<SyncCursor>empty();
                }
            }
        });
    }

    /** The saved cursor, or a cursor at the very start. */
    public SyncCursor get(String key) {
        return find(key).orElseGet(() -> SyncCursor.start(key));
    }

    public List<SyncCursor> all() {
        return db.read(c -> {
            List<SyncCursor> cursors = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sync_cursor ORDER BY cursor_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cursors.add(read(rs));
                }
            }
            return cursors;
        });
    }

    /** Saves (joins the caller's transaction, so a page and its cursor commit together). */
    public void save(SyncCursor cursor) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_cursor "
                    + "(cursor_key, last_updated_at, last_id, last_reconciled_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (cursor_key) DO UPDATE SET last_updated_at = excluded.last_updated_at, "
                    + "last_id = excluded.last_id, last_reconciled_at = excluded.last_reconciled_at")) {
                ps.setString(1, cursor.key());
                Columns.setTimestamp(ps, 2, cursor.lastUpdatedAt());
                Columns.setUuid(ps, 3, cursor.lastId());
                Columns.setTimestamp(ps, 4, cursor.reconciledAt());
                ps.executeUpdate();
            }
            db.touched("sync_cursor");
            return null;
        });
    }

    /** Forgets every cursor: the next pull is a full one. */
    public void clear() {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_cursor")) {
                ps.executeUpdate();
            }
            db.touched("sync_cursor");
            return null;
        });
    }

    private static SyncCursor read(ResultSet rs) throws SQLException {
        String id = rs.getString("last_id");
        return new SyncCursor(rs.getString("cursor_key"), Columns.timestamp(rs.getString("last_updated_at")),
                id == null ? null : UUID.fromString(id), Columns.timestamp(rs.getString("last_reconciled_at")));
    }
}
