package org.findinggood.coachdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a table's secondary indexes aside while a big backfill fills it, and builds them again after.
 *
 * <p>Why: a backfill arrives in id order and commits every 1,000-row page. The secondary indexes
 * (client and date, cursor column) receive those rows in random order, so every commit rewrites almost
 * every page of them into the WAL, encrypted: measured on the 100,000-row benchmark, 9 s of writes with
 * them against 1.5 s without, and building them once afterwards from sorted data takes a fraction of a
 * second. Unique indexes (constraints) always stay. The DDL is kept in {@code deferred_index} in the
 * same transaction as the drop, so a crash mid-backfill loses nothing: {@link #restore(Connection)}
 * runs at every open. Queries stay correct meanwhile, only much slower on that table (a full scan), so the
 * cache holds back change notices for it until {@link #restoreAll()} (see {@link CacheDatabase}).
 *
 * <p>The table's search triggers (migration 009) are set aside with its indexes, kept in {@code deferred_index} too:
 * updating FTS5 row by row made a career-size first sync 2.9x slower. When the indexes come back, the
 * triggers are created again and the table's search documents rebuilt in one INSERT ... SELECT
 * ({@link SearchIndex#refill}), in the same transaction; meanwhile search misses what the fill wrote.
 */
public final class DeferredIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredIndexes.class);

    private static final String NOT_TRIGGER = "upper(sql) NOT LIKE 'CREATE TRIGGER%'";

    private final CacheDatabase db;

    public DeferredIndexes(CacheDatabase db) {
        this.db = db;
    }

    /** Drops the non-unique secondary indexes of {@code table}, remembering them; returns how many. */
    public int defer(String table) {
        return db.write(c -> {
            List<Map.Entry<String, String>> indexes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    + "AND tbl_name = ? AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        indexes.add(Map.entry(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            // its search triggers too (only those: other triggers keep the cache consistent)
            List<Map.Entry<String, String>> triggers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    + "AND tbl_name = ? AND name LIKE 'search\\_%' ESCAPE '\\' ORDER BY name")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        triggers.add(Map.entry(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            try (PreparedStatement remember = c.prepareStatement(
                    "INSERT OR REPLACE INTO deferred_index (name, table_name, sql) VALUES (?, ?, ?)");
                 Statement drop = c.createStatement()) {
                for (Map.Entry<String, String> index : indexes) {
                    remember.setString(1, index.getKey());
                    remember.setString(2, table);
                    remember.setString(3, index.getValue());
                    remember.executeUpdate();
                    drop.executeUpdate("DROP INDEX \"" + index.getKey().replace("\"", "\"\"") + "\"");
                }
                for (Map.Entry<String, String> trigger : triggers) {
                    remember.setString(1, trigger.getKey());
                    remember.setString(2, table);
                    remember.setString(3, trigger.getValue());
                    remember.executeUpdate();
                    drop.executeUpdate("DROP TRIGGER \"" + trigger.getKey().replace("\"", "\"\"") + "\"");
                }
            }
            db.bulkFillStarted(table);
            return indexes.size();
        });
    }

    /** Names of the indexes set aside now, not the triggers (empty once every backfill finished or the cache reopened). */
    public List<String> setAside() {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name FROM deferred_index WHERE " + NOT_TRIGGER + " ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /**
     * Builds every index set aside again (all tables); returns how many. Then, or if that fails, listeners
     * hear of the pulled changes held back meanwhile (reads are correct without the indexes, only slower).
     */
    public int restoreAll() {
        try {
            return db.write(DeferredIndexes::restoreIn);
        } finally {
            db.bulkFillsEnded();
        }
    }

    /** At open, before anyone reads: indexes a crashed backfill left aside are built again. */
    static int restore(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int restored = restoreIn(connection);
            connection.commit();
            return restored;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int restoreIn(Connection c) throws SQLException {
        List<String> ddl = new ArrayList<>();
        Set<String> searchTables = new LinkedHashSet<>();
        int indexes = 0;
        // indexes first, then search triggers (whose tables get their documents rebuilt); returns the indexes
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name, sql, " + NOT_TRIGGER + " FROM deferred_index ORDER BY 3 DESC, name")) {
            while (rs.next()) {
                ddl.add(rs.getString(2));
                if (rs.getBoolean(3)) {
                    indexes++;
                } else {
                    searchTables.add(rs.getString(1));
                }
            }
        }
        if (ddl.isEmpty()) {
            return 0;
        }
        try (Statement st = c.createStatement()) {
            for (String create : ddl) {
                st.executeUpdate(create.replaceFirst("(?i)^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")
                        .replaceFirst("(?i)^CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS "));
            }
            for (String table : searchTables) {
                SearchIndex.refill(c, table);
            }
            st.executeUpdate("DELETE FROM deferred_index");
        }
        LOG.debug("Rebuilt {} cache indexes set aside for a backfill, and the search documents of {}", indexes, searchTables);
        return indexes;
    }
}
