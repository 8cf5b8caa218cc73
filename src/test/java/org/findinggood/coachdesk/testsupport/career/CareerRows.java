package org.findinggood.coachdesk.testsupport.career;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.remote.RemoteJson;

/**
 * A career's rows, table by table, as the JSON PostgREST would send (the model records, snake_case), written
 * to PostgreSQL in chunks by {@code json_populate_recordset}: one statement per 2,000 rows, so 200,000 rows
 * take seconds. Columns a record does not have keep the table's defaults.
 */
final class CareerRows {

    /** Tables in the order their foreign keys need (permissions before check-ins). */
    private static final List<String> ORDER = List.of("coaches", "clients", "coaching_relationships", "permissions",
            "weekly_snapshots", "rolling_aggregates", "agreed_activities", "daily_checkins", "focus_history");
    private static final int CHUNK = 2_000;

    private final ObjectMapper json = RemoteJson.newMapper();
    private final Map<String, List<Row>> tables = new LinkedHashMap<>();

    private record Row(ObjectNode json, int bytes, boolean inScope) {
    }

    void coach(UUID id, String email, String name) {
        ObjectNode row = json.createObjectNode().put("id", id.toString()).put("email", email).put("name", name);
        tables.computeIfAbsent("coaches", t -> new ArrayList<>()).add(new Row(row, 0, false));
    }

    /** One row; {@code inScope}: this coach's first sync should receive it. */
    void add(String table, Object record, boolean inScope) {
        if (!ORDER.contains(table)) {
            throw new IllegalArgumentException("not a career table: " + table);
        }
        ObjectNode row = json.valueToTree(record);
        int bytes;
        try {
            bytes = json.writeValueAsBytes(row).length;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(new Row(row, bytes, inScope));
    }

    Map<String, Career.TableFigures> writeTo(Connection connection) throws SQLException {
        Map<String, Career.TableFigures> figures = new LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String table : ORDER) {
                List<Row> rows = tables.getOrDefault(table, List.of());
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    insert(connection, table, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
                }
                connection.commit();
                if (!table.equals("coaches")) {
                    figures.put(table, new Career.TableFigures(rows.stream().filter(Row::inScope).count(), rows.size(),
                            rows.stream().filter(Row::inScope).mapToLong(Row::bytes).sum()));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return figures;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select column_name from information_schema.columns where table_schema = 'public' and table_name = ?")) {
            ps.setString(1, table);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private void insert(Connection connection, String table, List<Row> rows) throws SQLException {
        // the record's fields that are columns (a record's derived getters, e.g. isActive(), are not)
        List<String> columns = new ArrayList<>();
        List<String> tableColumns = columns(connection, table);
        rows.get(0).json().fieldNames().forEachRemaining(f -> {
            if (tableColumns.contains(f)) {
                columns.add(f);
            }
        });
        String list = String.join(", ", columns);
        String sql = "insert into public." + table + " (" + list + ") select " + list
                + " from json_populate_recordset(null::public." + table + ", ?::json)";
        StringBuilder array = new StringBuilder(rows.size() * 512).append('[');
        for (Row row : rows) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(row.json());
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, array.append(']').toString());
            ps.executeUpdate();
        }
    }
}
