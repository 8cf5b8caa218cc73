package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every cached table offers: batch upsert and delete for sync, lookups by id and client.
 *
 * <p>Two rules protect unsent edits from a pull: after an upsert, a row's unsent changes (its
 * outbox entry) are laid over the server's values again, so the coach keeps seeing their edit;
 * and {@link #deleteByIds} keeps rows that have unsent edits (the push decides their fate).
 * Enum columns hold exactly the text the server sent, also a value this version does not know (the
 * rows carry it in {@code UnknownValues}): a row's {@code updated_at} never moves without its values.
 */
public abstract class RowRepository<T> {

    protected final CacheDatabase db;
    private final String table;
    private final List<String> columns;
    private final String upsertSql;
    private final Class<T> type;

    RowRepository(CacheDatabase db, Class<T> type, String table, List<String> columns) {
        this.db = db;
        this.type = type;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.upsertSql = buildUpsert();
    }

    public String table() {
        return table;
    }

    abstract UUID idOf(T row);

    /** Sets the row's values in {@link #columns} order, starting at index 1. */
    abstract void bind(RowValues values, T row);

    abstract T read(ResultSet rs) throws SQLException;

    /** The column naming the client (null where a table has none). */
    String clientColumn() {
        return "client_email";
    }

    /** Inserts or replaces the rows in one transaction (joins the caller's transaction). */
    public void upsertAll(List<T> rows) {
        upsert(prepare(rows));
    }

    /** The rows' cache values, made on the calling thread (no cache access) for a later {@link #upsert}. */
    public PreparedRows<T> prepare(List<T> rows) {
        List<RowValues> values = new ArrayList<>(rows.size());
        List<UUID> ids = new ArrayList<>(rows.size());
        for (T row : rows) {
            RowValues one = new RowValues(columns.size());
            bind(one, row);
            values.add(one);
            ids.add(idOf(row));
        }
        return new PreparedRows<>(ids, values);
    }

    /** As {@link #upsertAll} for rows prepared before. */
    public void upsert(PreparedRows<T> prepared) {
        if (prepared.size() == 0) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(upsertSql)) {
                try {
                    int inBatch = 0;
                    for (RowValues row : prepared.values()) {
                        row.bindTo(ps);
                        ps.addBatch();
                        if (++inBatch == 1000) {
                            ps.executeBatch();
                            inBatch = 0;
                        }
                    }
                    if (inBatch > 0) {
                        ps.executeBatch();
                    }
                } catch (SQLException refused) {
                    if (!isConstraint(refused)) {
                        throw refused;
                    }
                    // A row the cache cannot hold (a null where it needs a value): SQLite undid only that
                    // statement, so store the rest one by one and name the ones refused.
                    ps.clearBatch();
                    upsertOneByOne(ps, prepared);
                }
            }
            reapplyUnsentEdits(c, prepared.ids());
            db.touched(table);
            return null;
        });
    }

    private void upsertOneByOne(PreparedStatement ps, PreparedRows<?> prepared) throws SQLException {
        for (int i = 0; i < prepared.size(); i++) {
            prepared.values().get(i).bindTo(ps);
            try {
                ps.executeUpdate();
            } catch (SQLException refused) {
                if (!isConstraint(refused)) {
                    throw refused;
                }
                prepared.refuse(prepared.ids().get(i), refused.getMessage(), prepared.values().get(i).describe(columns));
            }
        }
    }

    private static boolean isConstraint(SQLException e) {
        return e instanceof org.sqlite.SQLiteException sqlite && sqlite.getResultCode().name().startsWith("SQLITE_CONSTRAINT")
                || (e.getMessage() != null && e.getMessage().contains("constraint failed"));
    }

    /**
     * Upserts one row given as PostgREST JSON (snake_case), e.g. a server version from a conflict.
     * Enum columns keep the server's exact text, even a value this version does not know.
     */
    public void upsertJson(JsonNode row) {
        upsertAll(List.of(CacheJson.rowFromJson(row, type)));
    }

    /** Deletes rows by id (those with unsent edits are kept); returns how many went. */
    public int deleteByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            int deleted = 0;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM outbox o WHERE o.table_name = '" + table + "' AND o.row_id = " + table + ".id)")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    deleted += ps.executeUpdate();
                }
            }
            if (deleted > 0) {
                db.touched(table);
            }
            return deleted;
        });
    }

    /** Ids of the cached rows for one client (sync's reconciliation compares them with the server). */
    public Set<UUID> idsForClient(String clientEmail) {
        String column = clientColumn();
        if (column == null) {
            throw new UnsupportedOperationException(table + " has no client column");
        }
        return db.read(c -> {
            Set<UUID> ids = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ?")) {
                ps.setString(1, clientEmail);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Ids of cached rows whose {@code column} (a coach column such as {@code coach_id}) is set to anything but
     * {@code keep}: rows of another coach, which sync purges.
     */
    public Set<UUID> idsWithOtherValue(String column, UUID keep) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(table + " has no column " + column);
        }
        return db.read(c -> {
            Set<UUID> ids = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM " + table + " WHERE " + column + " IS NOT NULL AND " + column + " <> ?")) {
                ps.setString(1, keep.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    public Optional<T> findById(UUID id) {
        List<T> found = query("SELECT * FROM " + table + " WHERE id = ?", id.toString());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every cached row, in id order (tests, diagnostics, the sync engine's cache-vs-server check). */
    public List<T> all() {
        return query("SELECT * FROM " + table + " ORDER BY id");
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The raw text cached in a column (e.g. an enum value this version does not know). */
    public Optional<String> rawValue(UUID id, String column) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(table + " has no column " + column);
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    List<T> query(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                }
                return rows;
            }
        });
    }

    /** Writes the given columns of one row from a JSON patch (outbox payloads, conflict resolution). */
    void applyPatch(Connection c, UUID id, ObjectNode patch) throws SQLException {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = patch.fieldNames();
        while (fields.hasNext()) {
            String name = fields.next();
            if (columns.contains(name) && !name.equals("id")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ?");
        }
        sql.append(" WHERE id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < names.size(); i++) {
                bindJsonValue(ps, i + 1, patch.get(names.get(i)));
            }
            ps.setString(names.size() + 1, id.toString());
            ps.executeUpdate();
        }
        db.touched(table);
    }

    private static void bindJsonValue(PreparedStatement ps, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setObject(index, null);
        } else if (value.isTextual()) {
            ps.setString(index, value.textValue());
        } else if (value.isIntegralNumber()) {
            ps.setLong(index, value.longValue());
        } else if (value.isNumber()) {
            ps.setDouble(index, value.doubleValue());
        } else if (value.isBoolean()) {
            ps.setInt(index, value.booleanValue() ? 1 : 0);
        } else {
            ps.setString(index, value.toString());
        }
    }

    private void reapplyUnsentEdits(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, ObjectNode> unsent = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT row_id, payload FROM outbox WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    unsent.put(UUID.fromString(rs.getString(1)), CacheJson.object(rs.getString(2)));
                }
            }
        }
        if (unsent.isEmpty()) {
            return;
        }
        for (UUID id : ids) {
            ObjectNode patch = unsent.get(id);
            if (patch != null) {
                applyPatch(c, id, patch);
            }
        }
    }

    private String buildUpsert() {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES (")
                .append(String.join(", ", columns.stream().map(c -> "?").toList()))
                .append(") ON CONFLICT (id) DO UPDATE SET ");
        boolean first = true;
        for (String column : columns) {
            if (column.equals("id")) {
                continue;
            }
            sql.append(first ? "" : ", ").append(column).append(" = excluded.").append(column);
            first = false;
        }
        return sql.toString();
    }
}
