package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue of unsent edits. {@link LocalEdits} fills it; the sync engine pushes {@link #pending()}
 * in order and calls {@link #confirm} only after the server accepted an entry.
 *
 * <p><b>Several edits to one row before a push</b> merge into that row's one entry: the payload
 * gains the newer column values, the operation (insert or update) and the base {@code updated_at}
 * stay those of the first edit, and the revision goes up. So a push always sends the row's
 * latest values, guarded by the version the coach started from. If an edit merges while its
 * entry is being pushed, {@link #confirm} sees the revision changed and keeps the entry (now an
 * update on the server's new {@code updated_at}) instead of dropping the newer edit.
 */
public final class OutboxRepository {

    private static final String TABLE = "outbox";

    private final CacheDatabase db;

    public OutboxRepository(CacheDatabase db) {
        this.db = db;
    }

    /** Every unsent entry, oldest first. */
    public List<OutboxEntry> pending() {
        return list("SELECT * FROM outbox ORDER BY seq", null);
    }

    /** At most {@code limit} unsent entries, oldest first. */
    public List<OutboxEntry> pending(int limit) {
        return list("SELECT * FROM outbox ORDER BY seq LIMIT ?", limit);
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    public Optional<OutboxEntry> forRow(String table, UUID rowId) {
        return db.read(c -> find(c, table, rowId));
    }

    /**
     * The server accepted {@code sent}. Removes the entry, unless a newer edit merged into it
     * meanwhile: then it stays queued as an update based on {@code serverUpdatedAt} (the
     * {@code updated_at} the server returned). Also records that value on the cached row.
     */
    public void confirm(OutboxEntry sent, OffsetDateTime serverUpdatedAt) {
        db.write(c -> {
            Optional<OutboxEntry> current = find(c, sent.table(), sent.rowId());
            if (current.isEmpty()) {
                return null;
            }
            if (current.get().revision() == sent.revision()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
                    ps.setLong(1, current.get().seq());
                    ps.executeUpdate();
                }
                forgetAttempt(c, sent.table(), sent.rowId());
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE outbox SET op = 'update', base_updated_at = ?, attempts = 0, last_error = NULL WHERE seq = ?")) {
                    Columns.setTimestamp(ps, 1, serverUpdatedAt);
                    ps.setLong(2, current.get().seq());
                    ps.executeUpdate();
                }
            }
            if (serverUpdatedAt != null && hasUpdatedAt(sent.table())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE " + sent.table() + " SET updated_at = ? WHERE id = ?")) {
                    Columns.setTimestamp(ps, 1, serverUpdatedAt);
                    ps.setString(2, sent.rowId().toString());
                    ps.executeUpdate();
                }
                db.touched(sent.table());
            }
            db.touched(TABLE);
            return null;
        });
    }

    /**
     * Remembers what is about to be sent for {@code entry} (durably, before the request), so a retry after a
     * lost answer can recognise the server holding this attempt's values, even after a restart.
     */
    public void recordAttempt(OutboxEntry entry) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO outbox_sent "
                    + "(table_name, row_id, seq, revision, payload) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, entry.table());
                ps.setString(2, entry.rowId().toString());
                ps.setLong(3, entry.seq());
                ps.setInt(4, entry.revision());
                ps.setString(5, entry.payload().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The last attempt recorded for {@code entry}'s queue entry (its revision and payload then), if any. */
    public Optional<OutboxEntry> lastAttempt(OutboxEntry entry) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT revision, payload FROM outbox_sent WHERE table_name = ? AND row_id = ? AND seq = ?")) {
                ps.setString(1, entry.table());
                ps.setString(2, entry.rowId().toString());
                ps.setLong(3, entry.seq());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<OutboxEntry>empty();
                    }
                    return Optional.of(new OutboxEntry(entry.seq(), entry.table(), entry.rowId(), entry.operation(),
                            CacheJson.object(rs.getString(2)), entry.baseUpdatedAt(), entry.createdAt(), entry.attempts(),
                            entry.lastError(), rs.getInt(1)));
                }
            }
        });
    }

    private static void forgetAttempt(Connection c, String table, UUID rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox_sent WHERE table_name = ? AND row_id = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowId.toString());
            ps.executeUpdate();
        }
    }

    /** Same as {@link #confirm} when the server did not say its new {@code updated_at}. */
    public void remove(OutboxEntry sent) {
        confirm(sent, null);
    }

    /** A push attempt failed (retryable): count it and keep the error for the sync status. */
    public void recordFailure(OutboxEntry entry, String error) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE table_name = ? AND row_id = ?")) {
                ps.setString(1, error);
                ps.setString(2, entry.table());
                ps.setString(3, entry.rowId().toString());
                ps.executeUpdate();
            }
            db.touched(TABLE);
            return null;
        });
    }

    /** Queues an edit, merging into the row's pending entry (or its open conflict) if there is one. */
    void enqueue(Connection c, String table, UUID rowId, OutboxEntry.Operation op, ObjectNode changes,
                 OffsetDateTime baseUpdatedAt) throws SQLException {
        enqueue(c, table, rowId, op, changes, baseUpdatedAt, Columns.now());
    }

    /** As above; {@code madeAt} is when the coach made the edit (a new row's own created time, to the microsecond). */
    void enqueue(Connection c, String table, UUID rowId, OutboxEntry.Operation op, ObjectNode changes,
                 OffsetDateTime baseUpdatedAt, OffsetDateTime madeAt) throws SQLException {
        if (mergeIntoConflict(c, table, rowId, changes)) {
            return;
        }
        Optional<OutboxEntry> existing = find(c, table, rowId);
        if (existing.isPresent()) {
            ObjectNode merged = existing.get().payload();
            merged.setAll(changes);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET payload = ?, revision = revision + 1 WHERE seq = ?")) {
                ps.setString(1, merged.toString());
                ps.setLong(2, existing.get().seq());
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox "
                    + "(table_name, row_id, op, payload, base_updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, table);
                ps.setString(2, rowId.toString());
                ps.setString(3, op.wire());
                ps.setString(4, changes.toString());
                Columns.setTimestamp(ps, 5, baseUpdatedAt);
                Columns.setTimestamp(ps, 6, madeAt);
                ps.executeUpdate();
            }
        }
        db.touched(TABLE);
    }

    /**
     * Removes the row's entry if no push of it has started (no attempt recorded): then the server never
     * saw it. Returns whether it was removed; an entry being or already sent stays.
     */
    boolean dropUnsent(Connection c, String table, UUID rowId) throws SQLException {
        Optional<OutboxEntry> entry = find(c, table, rowId);
        if (entry.isEmpty()) {
            return false;
        }
        try (PreparedStatement attempt = c.prepareStatement(
                "SELECT 1 FROM outbox_sent WHERE table_name = ? AND row_id = ?")) {
            attempt.setString(1, table);
            attempt.setString(2, rowId.toString());
            try (ResultSet rs = attempt.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
            ps.setLong(1, entry.get().seq());
            ps.executeUpdate();
        }
        db.touched(TABLE);
        return true;
    }

    /** While a row is in conflict, newer edits join the kept local version, not the push queue. */
    private boolean mergeIntoConflict(Connection c, String table, UUID rowId, ObjectNode changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, local_patch FROM conflict WHERE table_name = ? AND row_id = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                ObjectNode merged = CacheJson.object(rs.getString("local_patch"));
                merged.setAll(changes);
                try (PreparedStatement update = c.prepareStatement("UPDATE conflict SET local_patch = ? WHERE id = ?")) {
                    update.setString(1, merged.toString());
                    update.setLong(2, rs.getLong("id"));
                    update.executeUpdate();
                }
            }
        }
        db.touched(ConflictRepository.TABLE);
        return true;
    }

    static Optional<OutboxEntry> find(Connection c, String table, UUID rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM outbox WHERE table_name = ? AND row_id = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    void delete(Connection c, String table, UUID rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE table_name = ? AND row_id = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowId.toString());
            if (ps.executeUpdate() > 0) {
                db.touched(TABLE);
            }
        }
        forgetAttempt(c, table, rowId);
    }

    private List<OutboxEntry> list(String sql, Integer limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (limit != null) {
                    ps.setInt(1, limit);
                }
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(read(rs));
                    }
                }
                return entries;
            }
        });
    }

    private static OutboxEntry read(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("seq"), rs.getString("table_name"), UUID.fromString(rs.getString("row_id")),
                OutboxEntry.Operation.fromWire(rs.getString("op")), CacheJson.object(rs.getString("payload")),
                Columns.timestamp(rs.getString("base_updated_at")), Columns.timestamp(rs.getString("created_at")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getInt("revision"));
    }

    private static boolean hasUpdatedAt(String table) {
        return switch (table) {
            case "agreed_activities", "coaching_relationships", "permissions", "rolling_aggregates" -> true;
            default -> false;
        };
    }
}
