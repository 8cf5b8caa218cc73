package org.findinggood.coachdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Copies whole tables between two connections by column name (salvage and encryption migration). */
final class TableCopy {

    record Rows(String table, List<String> columns, List<Object[]> values) {
        int size() {
            return values.size();
        }
    }

    private TableCopy() {
    }

    static Rows read(Connection from, String table) throws SQLException {
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            List<Object[]> values = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                values.add(row);
            }
            return new Rows(table, columns, values);
        }
    }

    /**
     * Every plain table of our schema (not SQLite's own, nor the search index: a virtual table and its
     * shadow tables, which the target's triggers fill again as the rows are written).
     */
    static List<Rows> readAll(Connection from) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = from.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                     + "AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<Rows> result = new ArrayList<>();
        for (String table : tables) {
            result.add(read(from, table));
        }
        return result;
    }

    /** Inserts the rows in one transaction; columns the target no longer has are left out. */
    static void writeAll(Connection to, List<Rows> all) throws SQLException {
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        try {
            for (Rows rows : all) {
                if (rows.values().isEmpty()) {
                    continue;
                }
                Set<String> targetColumns = columnsOf(to, rows.table());
                List<Integer> kept = new ArrayList<>();
                for (int i = 0; i < rows.columns().size(); i++) {
                    if (targetColumns.contains(rows.columns().get(i))) {
                        kept.add(i);
                    }
                }
                if (kept.isEmpty()) {
                    continue;
                }
                String names = String.join(", ", kept.stream().map(rows.columns()::get).toList());
                String marks = String.join(", ", kept.stream().map(i -> "?").toList());
                try (PreparedStatement ps = to.prepareStatement(
                        "INSERT OR REPLACE INTO " + rows.table() + " (" + names + ") VALUES (" + marks + ")")) {
                    for (Object[] row : rows.values()) {
                        for (int k = 0; k < kept.size(); k++) {
                            ps.setObject(k + 1, row[kept.get(k)]);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            to.commit();
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        } finally {
            to.setAutoCommit(autoCommit);
        }
    }

    private static Set<String> columnsOf(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        return columns;
    }
}
