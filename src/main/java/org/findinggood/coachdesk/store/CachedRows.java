package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cached server rows exactly as stored, column by column under the server's column names, for
 * the coach's export. Read a page at a time (by rowid), each page under the cache's lock, so a long
 * export never holds up a sync for more than a moment.
 */
public final class CachedRows {

    /**
     * A cached server table: the column naming the client (null: the table is not per client) and its
     * JSONB columns (stored as JSON text, exported as JSON).
     */
    public record Table(String name, String clientColumn, Set<String> jsonColumns) {
    }

    /** Every server table the cache keeps, in the order an export lists them. */
    public static final List<Table> SERVER_TABLES = List.of(
            new Table("coaches", null, Set.of()),
            new Table("clients", "email", Set.of()),
            new Table("coaching_relationships", "client_email", Set.of()),
            new Table("permissions", "client_email", Set.of("focus")),
            new Table("weekly_snapshots", "client_email", Set.of("activity_counts", "themes", "language_patterns",
                    "fires_signals", "exchanges", "open_threads", "coaching_questions")),
            new Table("rolling_aggregates", "client_email", Set.of("permission_evolution", "persistent_themes",
                    "fires_trajectory", "relationship_map", "questions_explored", "breakthroughs")),
            new Table("agreed_activities", "client_email", Set.of("evidence_entries")),
            new Table("daily_checkins", "client_email", Set.of("focus_scores")),
            new Table("focus_history", "client_email", Set.of()));

    private final CacheDatabase db;
    private final int page;

    public CachedRows(CacheDatabase db) {
        this(db, 1000);
    }

    /** With {@code page} rows read under the lock at a time (tests use a small one to cross pages). */
    CachedRows(CacheDatabase db, int page) {
        this.db = db;
        this.page = page;
    }

    /** How many rows of {@code table} belong to {@code clientEmail} (null: all). */
    public long count(Table table, String clientEmail) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table.name() + where(table, clientEmail))) {
                bind(ps, table, clientEmail, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /**
     * Hands each row of {@code table} (of {@code clientEmail}, or all when null) to {@code each}, in
     * rowid order, as column name to the stored value (text, integer, real or null).
     */
    public void forEach(Table table, String clientEmail, Consumer<Map<String, Object>> each) {
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Map<String, Object>> rows = db.read(c -> {
                String sql = "SELECT rowid AS export_rowid, * FROM " + table.name() + where(table, clientEmail)
                        + (table.clientColumn() != null && clientEmail != null ? " AND" : " WHERE")
                        + " rowid > ? ORDER BY rowid LIMIT " + page;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int next = bind(ps, table, clientEmail, 1);
                    ps.setLong(next, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        ResultSetMetaData meta = rs.getMetaData();
                        List<Map<String, Object>> read = new ArrayList<>();
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                row.put(meta.getColumnName(i), rs.getObject(i));
                            }
                            read.add(row);
                        }
                        return read;
                    }
                }
            });
            for (Map<String, Object> row : rows) {
                after = ((Number) row.remove("export_rowid")).longValue();
                each.accept(row);
            }
            if (rows.size() < page) {
                return;
            }
        }
    }

    private static String where(Table table, String clientEmail) {
        return table.clientColumn() != null && clientEmail != null ? " WHERE " + table.clientColumn() + " = ?" : "";
    }

    private static int bind(PreparedStatement ps, Table table, String clientEmail, int index) throws java.sql.SQLException {
        if (table.clientColumn() != null && clientEmail != null) {
            ps.setString(index, clientEmail);
            return index + 1;
        }
        return index;
    }
}
