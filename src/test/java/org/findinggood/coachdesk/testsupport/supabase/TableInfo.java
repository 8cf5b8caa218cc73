package org.findinggood.coachdesk.testsupport.supabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table or view of schema {@code public} as the catalog describes it: column names with their
 * {@code format_type} (used for casts, never taken from the request) and the primary key.
 * PostgREST's "schema cache" in miniature.
 */
record TableInfo(String name, Map<String, String> columnTypes, List<String> primaryKey) {

    static Optional<TableInfo> load(Connection connection, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        long oid = -1;
        try (PreparedStatement statement = connection.prepareStatement(
                "select c.oid, a.attname, format_type(a.atttypid, a.atttypmod) from pg_class c "
                        + "join pg_namespace n on n.oid = c.relnamespace "
                        + "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped "
                        + "where n.nspname = 'public' and c.relname = ? and c.relkind in ('r','v','p','m','f') order by a.attnum")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    oid = rows.getLong(1);
                    columns.put(rows.getString(2), rows.getString(3));
                }
            }
        }
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        List<String> key = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
                        + "where i.indrelid = ? and i.indisprimary order by array_position(i.indkey, a.attnum)")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    key.add(rows.getString(1));
                }
            }
        }
        return Optional.of(new TableInfo(table, columns, key));
    }

    boolean has(String column) {
        return columnTypes.containsKey(column);
    }

    String qualified() {
        return "\"public\"." + quote(name);
    }

    String column(String column) {
        return qualified() + "." + quote(column);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
