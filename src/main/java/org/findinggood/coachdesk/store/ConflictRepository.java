package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Conflicts between local edits and newer server rows. The sync engine {@link #record}s one when a
 * guarded PATCH updated zero rows; the edit moves from the outbox to here (not pushed, still shown
 * locally) until the coach {@link #resolve}s it. Later edits to the same row join the kept edit.
 */
public final class ConflictRepository {

    static final String TABLE = "conflict";
    /** The line between the coach's notes and the server's notes after "keep both". */
    public static final String NOTES_MARKER = "\n\n--- Other version of these notes (from the server) ---\n";

    private final CacheDatabase db;
    private final OutboxRepository outbox;
    private final RowRepositories repositories;

    public ConflictRepository(CacheDatabase db) {
        this.db = db;
        this.outbox = new OutboxRepository(db);
        this.repositories = new RowRepositories(db);
    }

    /**
     * Records that the server refused {@code entry} because its row changed (or was deleted:
     * {@code serverRow} null). Moves the edit out of the outbox in the same transaction.
     */
    public Conflict record(OutboxEntry entry, JsonNode serverRow) {
        return keep(entry, serverRow, null, null);
    }

    /**
     * Records that the server refuses {@code entry} itself, every time ({@code reason} as the server said it,
     * {@code details} its status, code and hints): the edit leaves the outbox, so the rest goes on, and waits
     * for the coach to edit and retry it ({@link ConflictResolution#KEEP_MINE}) or discard it.
     */
    public Conflict reject(OutboxEntry entry, JsonNode serverRow, String reason, String details) {
        return keep(entry, serverRow, reason == null || reason.isBlank() ? "The server refused this edit." : reason, details);
    }

    private Conflict keep(OutboxEntry entry, JsonNode serverRow, String refusal, String refusalDetails) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO conflict (table_name, row_id, op, "
                    + "local_patch, local_base, server_row, detected_at, refusal, refusal_details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, entry.table());
                ps.setString(2, entry.rowId().toString());
                ps.setString(3, entry.operation().wire());
                // The current entry may hold edits merged after the refused push was sent.
                OutboxEntry current = OutboxRepository.find(c, entry.table(), entry.rowId()).orElse(entry);
                ps.setString(4, current.payload().toString());
                Columns.setTimestamp(ps, 5, current.baseUpdatedAt());
                Columns.setText(ps, 6, CacheJson.write(serverRow));
                Columns.setTimestamp(ps, 7, Columns.now());
                Columns.setText(ps, 8, refusal);
                Columns.setText(ps, 9, refusalDetails);
                ps.executeUpdate();
            }
            outbox.delete(c, entry.table(), entry.rowId());
            db.touched(TABLE);
            return find(c, entry.table(), entry.rowId()).orElseThrow();
        });
    }

    /** Open conflicts, oldest first. */
    public List<Conflict> list() {
        return db.read(c -> {
            List<Conflict> conflicts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM conflict ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    conflicts.add(read(rs));
                }
            }
            return conflicts;
        });
    }

    public Optional<Conflict> forRow(String table, UUID rowId) {
        return db.read(c -> find(c, table, rowId));
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM conflict"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Settles a conflict in one transaction; see {@link ConflictResolution}. */
    public void resolve(Conflict conflict, ConflictResolution resolution) {
        RowRepository<?> repository = repositories.forTable(conflict.table())
                .orElseThrow(() -> new IllegalArgumentException("No cached table " + conflict.table()));
        db.write(c -> {
            Conflict current = find(c, conflict.table(), conflict.rowId())
                    .orElseThrow(() -> new IllegalStateException("This conflict was already resolved."));
            deleteConflict(c, current.id());
            switch (resolution) {
                case TAKE_THEIRS -> takeTheirs(repository, current);
                case KEEP_MINE -> keepMine(c, repository, current, current.localChanges());
                case KEEP_BOTH_NOTES -> {
                    if (!current.canKeepBothNotes()) {
                        throw new IllegalArgumentException("Keep both applies only to edited coach notes.");
                    }
                    ObjectNode changes = current.localChanges();
                    changes.put("coach_notes", bothNotes(current));
                    keepMine(c, repository, current, changes);
                }
            }
            return null;
        });
    }

    static String bothNotes(Conflict conflict) {
        String mine = conflict.localValue("coach_notes").filter(n -> !n.isNull()).map(JsonNode::asText).orElse("");
        String theirs = conflict.serverValue("coach_notes").filter(n -> !n.isNull()).map(JsonNode::asText).orElse("");
        if (theirs.isBlank() || theirs.equals(mine)) {
            return mine;
        }
        if (mine.isBlank()) {
            return theirs;
        }
        return mine + NOTES_MARKER + theirs;
    }

    private void takeTheirs(RowRepository<?> repository, Conflict conflict) {
        if (conflict.deletedOnServer()) {
            repository.deleteByIds(List.of(conflict.rowId()));
        } else {
            repository.upsertJson(conflict.serverRow());
        }
    }

    private void keepMine(Connection c, RowRepository<?> repository, Conflict conflict, ObjectNode changes) throws SQLException {
        if (conflict.deletedOnServer()) {
            // The row is gone on the server: send my whole row again as an insert (upsert on id).
            ObjectNode whole = repository.findById(conflict.rowId()).map(CacheJson::rowToJson)
                    .orElseGet(CacheJson.MAPPER::createObjectNode);
            whole.remove(List.of("created_at", "updated_at"));
            whole.setAll(changes);
            repository.applyPatch(c, conflict.rowId(), changes);
            outbox.enqueue(c, conflict.table(), conflict.rowId(), OutboxEntry.Operation.INSERT, whole, null);
            return;
        }
        repository.upsertJson(conflict.serverRow());
        repository.applyPatch(c, conflict.rowId(), changes);
        JsonNode serverUpdatedAt = conflict.serverRow().get("updated_at");
        OffsetDateTime base = serverUpdatedAt == null || serverUpdatedAt.isNull()
                ? null : org.findinggood.coachdesk.model.ServerTimestamps.parse(serverUpdatedAt.asText());
        outbox.enqueue(c, conflict.table(), conflict.rowId(), OutboxEntry.Operation.UPDATE, changes, base);
    }

    private void deleteConflict(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM conflict WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        db.touched(TABLE);
    }

    private static Optional<Conflict> find(Connection c, String table, UUID rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM conflict WHERE table_name = ? AND row_id = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Conflict read(ResultSet rs) throws SQLException {
        String server = rs.getString("server_row");
        return new Conflict(rs.getLong("id"), rs.getString("table_name"), UUID.fromString(rs.getString("row_id")),
                OutboxEntry.Operation.fromWire(rs.getString("op")), CacheJson.object(rs.getString("local_patch")),
                Columns.timestamp(rs.getString("local_base")), server == null ? null : CacheJson.object(server),
                Columns.timestamp(rs.getString("detected_at")), rs.getString("refusal"), rs.getString("refusal_details"));
    }
}
