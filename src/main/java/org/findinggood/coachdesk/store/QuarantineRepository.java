package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Server rows the cache could not store ({@link QuarantinedRow}): written by the pull as it meets them, removed
 * when the same row is stored later (it changed on the server, or this version reads it).
 */
public final class QuarantineRepository {

    static final String TABLE = "quarantine";

    private final CacheDatabase db;

    public QuarantineRepository(CacheDatabase db) {
        this.db = db;
    }

    /** Keeps the row aside, or updates its error and text (joins the caller's transaction). */
    public void put(String table, UUID rowId, String error, String raw, Instant now) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO quarantine "
                    + "(table_name, row_id, error, raw, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (table_name, row_id) DO UPDATE SET error = excluded.error, raw = excluded.raw, "
                    + "last_seen = excluded.last_seen")) {
                ps.setString(1, table);
                ps.setString(2, rowId.toString());
                ps.setString(3, error);
                ps.setString(4, raw);
                ps.setString(5, Columns.timestamp(now));
                ps.setString(6, Columns.timestamp(now));
                ps.executeUpdate();
            }
            db.touched(TABLE);
            return null;
        });
    }

    /** These rows were stored: they leave the quarantine (joins the caller's transaction). */
    public int release(String table, Collection<UUID> rowIds) {
        if (rowIds.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            int removed = 0;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM quarantine WHERE table_name = ? AND row_id = ?")) {
                for (UUID id : rowIds) {
                    ps.setString(1, table);
                    ps.setString(2, id.toString());
                    removed += ps.executeUpdate();
                }
            }
            if (removed > 0) {
                db.touched(TABLE);
            }
            return removed;
        });
    }

    /** The ids kept aside for {@code table}. */
    public Set<UUID> ids(String table) {
        return db.read(c -> {
            Set<UUID> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT row_id FROM quarantine WHERE table_name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    public List<QuarantinedRow> all() {
        return db.read(c -> {
            List<QuarantinedRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM quarantine ORDER BY table_name, row_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new QuarantinedRow(rs.getString("table_name"), UUID.fromString(rs.getString("row_id")),
                            rs.getString("error"), rs.getString("raw"), Columns.timestamp(rs.getString("first_seen")).toInstant(),
                            Columns.timestamp(rs.getString("last_seen")).toInstant()));
                }
            }
            return rows;
        });
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM quarantine"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
