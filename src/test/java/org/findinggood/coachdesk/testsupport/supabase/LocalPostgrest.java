package org.findinggood.coachdesk.testsupport.supabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The {@code /rest/v1/<table>} subset of PostgREST Coach Desk uses, run on real PostgreSQL.
 * Each request is one transaction on an {@code authenticator} connection with {@code set local role}
 * and {@code request.jwt.claims} set, as PostgREST does ("Transactions", "Authentication > JWT claims"),
 * so RLS, grants, checks and triggers decide exactly as in the database.
 */
final class LocalPostgrest {

    private static final Set<String> RESERVED = Set.of("select", "order", "limit", "offset", "on_conflict", "columns");
    private static final Set<String> LOGIC = Set.of("or", "and", "not.or", "not.and");

    private final ConnectionPool pool;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, TableInfo> schemaCache = new ConcurrentHashMap<>();
    private volatile int maxRows;

    LocalPostgrest(ConnectionPool pool, int maxRows) {
        this.pool = pool;
        this.maxRows = maxRows;
    }

    void maxRows(int rows) {
        this.maxRows = rows;
    }

    HttpAnswer handle(HttpCall call, String table, String role, String claimsJson) {
        try {
            return pool.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local role " + TableInfo.quote(role));
                }
                try (PreparedStatement statement = connection.prepareStatement(
                        "select set_config('request.jwt.claims', ?, true), set_config('request.method', ?, true)")) {
                    statement.setString(1, claimsJson);
                    statement.setString(2, call.method());
                    statement.execute();
                }
                TableInfo info = table(connection, table);
                return switch (call.method()) {
                    case "GET", "HEAD" -> read(connection, info, call);
                    case "POST" -> insert(connection, info, call);
                    case "PATCH" -> update(connection, info, call);
                    case "DELETE" -> delete(connection, info, call);
                    default -> error(new RestError(405, "PGRST117", "Unsupported HTTP method: " + call.method(), null, null));
                };
            });
        } catch (RestError rejected) {
            return error(rejected);
        } catch (SQLException failed) {
            return error(fromPostgres(failed, role));
        }
    }

    private TableInfo table(Connection connection, String name) throws SQLException, RestError {
        TableInfo cached = schemaCache.get(name);
        if (cached != null) {
            return cached;
        }
        Optional<TableInfo> loaded = TableInfo.load(connection, name);
        if (loaded.isEmpty()) {
            // docs: errors, PGRST205 "table not found in the schema cache" -> 404
            throw new RestError(404, "PGRST205", "Could not find the table 'public." + name + "' in the schema cache", null, null);
        }
        schemaCache.put(name, loaded.get());
        return loaded.get();
    }

    // ---- reads -------------------------------------------------------------------------------------------

    private HttpAnswer read(Connection connection, TableInfo table, HttpCall call) throws SQLException, RestError {
        PostgrestSyntax syntax = new PostgrestSyntax(table);
        SqlFragment where = where(syntax, call);
        String order = call.param("order") == null ? "" : " ORDER BY " + syntax.orderBy(call.param("order"));
        long offset = number(call.param("offset"), "offset");
        Long limit = call.param("limit") == null ? null : number(call.param("limit"), "limit");
        String range = call.header("Range");
        if (range != null && range.matches("\\d+-\\d*")) {
            // docs: "Pagination and Count > Limits and Pagination": Range: 0-9 (items)
            String[] bounds = range.split("-", -1);
            long from = Long.parseLong(bounds[0]);
            offset = call.param("offset") == null ? from : offset;
            if (!bounds[1].isEmpty() && limit == null) {
                limit = Long.parseLong(bounds[1]) - from + 1;
            }
        }
        long cap = limit == null ? maxRows : Math.min(limit, maxRows);

        Long total = null;
        if ("exact".equals(call.preferences().get("count"))) {
            total = scalarLong(connection, where.wrap("SELECT count(*) FROM " + table.qualified() + " WHERE ", ""));
        }
        SqlFragment rows = where.wrap("SELECT coalesce(json_agg(_r), '[]')::text, count(*) FROM (SELECT "
                + syntax.selectList(call.param("select")) + " FROM " + table.qualified() + " WHERE ",
                order + " LIMIT " + cap + " OFFSET " + offset + ") _r");
        String[] result = queryRow(connection, rows);
        long returned = Long.parseLong(result[1]);

        if (total != null && offset > 0 && offset >= total && returned == 0) {
            // docs: "Pagination and Count": an offset past the end is 416, PGRST103
            return error(new RestError(416, "PGRST103", "Requested range not satisfiable",
                    "An offset of " + offset + " was requested, but there are only " + total + " rows.", null));
        }
        String contentRange = (returned == 0 ? "*" : offset + "-" + (offset + returned - 1)) + "/" + (total == null ? "*" : total);
        boolean partial = total != null && (offset > 0 || offset + returned < total);
        HttpAnswer answer = HttpAnswer.json(partial ? 206 : 200, call.method().equals("HEAD") ? null : result[0]);
        return answer.with("Content-Range", contentRange);
    }

    // ---- writes ------------------------------------------------------------------------------------------

    private HttpAnswer insert(Connection connection, TableInfo table, HttpCall call) throws SQLException, RestError {
        ArrayNode rows = bodyRows(call);
        List<String> columns = payloadColumns(table, call, rows);
        String resolution = call.preferences().get("resolution");
        StringBuilder sql = new StringBuilder("INSERT INTO " + table.qualified());
        String columnList = columns.stream().map(TableInfo::quote).reduce((a, b) -> a + ", " + b).orElse("");
        sql.append(" (").append(columnList).append(") SELECT ").append(columnList)
                .append(" FROM json_populate_recordset(null::").append(table.qualified()).append(", CAST(? AS json)) _");
        if (resolution != null) {
            // docs: "Tables and Views > Upsert": Prefer: resolution=merge-duplicates|ignore-duplicates, on_conflict=
            List<String> conflict = call.param("on_conflict") != null
                    ? List.of(call.param("on_conflict").split(",")) : table.primaryKey();
            for (String column : conflict) {
                new PostgrestSyntax(table).requireColumn(column);
            }
            sql.append(" ON CONFLICT (").append(conflict.stream().map(TableInfo::quote).reduce((a, b) -> a + ", " + b).orElseThrow())
                    .append(")");
            if (resolution.equals("ignore-duplicates")) {
                sql.append(" DO NOTHING");
            } else {
                sql.append(" DO UPDATE SET ").append(columns.stream()
                        .map(c -> TableInfo.quote(c) + " = EXCLUDED." + TableInfo.quote(c))
                        .reduce((a, b) -> a + ", " + b).orElseThrow());
            }
        }
        return mutation(connection, table, call, SqlFragment.of(sql.toString(), rows.toString()), 201);
    }

    private HttpAnswer update(Connection connection, TableInfo table, HttpCall call) throws SQLException, RestError {
        JsonNode body = parseBody(call);
        if (!body.isObject()) {
            throw new RestError(400, "PGRST102", "Empty or invalid json", null, null);
        }
        ArrayNode wrapped = json.createArrayNode().add(body);
        List<String> columns = payloadColumns(table, call, wrapped);
        if (columns.isEmpty()) {
            return HttpAnswer.json(200, "[]");
        }
        PostgrestSyntax syntax = new PostgrestSyntax(table);
        SqlFragment where = where(syntax, call);
        String set = columns.stream().map(c -> TableInfo.quote(c) + " = _p." + TableInfo.quote(c))
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        List<String> parameters = new ArrayList<>();
        parameters.add(body.toString());
        parameters.addAll(where.parameters());
        SqlFragment sql = new SqlFragment("UPDATE " + table.qualified() + " SET " + set
                + " FROM json_populate_record(null::" + table.qualified() + ", CAST(? AS json)) _p WHERE " + where.sql(), parameters);
        return mutation(connection, table, call, sql, 200);
    }

    private HttpAnswer delete(Connection connection, TableInfo table, HttpCall call) throws SQLException, RestError {
        SqlFragment where = where(new PostgrestSyntax(table), call);
        return mutation(connection, table, call, where.wrap("DELETE FROM " + table.qualified() + " WHERE ", ""), 200);
    }

    /**
     * Runs the write in a CTE and answers per {@code Prefer: return=} (docs: "Prefer header > Return representation"),
     * with PostgREST's status and Content-Range (src/library/PostgREST/Response.hs): an upsert that inserted
     * nothing is 200, not 201; an update's range is {@code 0-(n-1)/*} (RangeQuery.hs contentRangeH), an insert's
     * {@code * /total}.
     */
    private HttpAnswer mutation(Connection connection, TableInfo table, HttpCall call, SqlFragment statement, int okStatus)
            throws SQLException, RestError {
        String select = new PostgrestSyntax(table).selectList(call.param("select"));
        if (select.equals("*")) {
            select = table.columnTypes().keySet().stream().map(TableInfo::quote).reduce((a, b) -> a + ", " + b).orElseThrow();
        }
        SqlFragment sql = statement.wrap("WITH pgrst_source AS (", " RETURNING " + table.qualified()
                + ".*, (" + table.qualified() + ".xmax = 0) AS pgrst_inserted) SELECT coalesce(json_agg(_r), '[]')::text, "
                + "(SELECT count(*) FROM pgrst_source), (SELECT count(*) FROM pgrst_source WHERE pgrst_inserted) "
                + "FROM (SELECT " + select + " FROM pgrst_source) _r");
        String[] result = queryRow(connection, sql, 3);
        Map<String, String> preferences = call.preferences();
        long affected = Long.parseLong(result[1]);
        String total = "exact".equals(preferences.get("count")) ? result[1] : "*";
        String countHeader = okStatus == 201 || affected == 0 ? "*/" + total : "0-" + (affected - 1) + "/" + total;
        int status = okStatus;
        if (okStatus == 201 && "merge-duplicates".equals(preferences.get("resolution")) && result[2].equals("0")) {
            status = 200;
        }
        if ("representation".equals(preferences.get("return"))) {
            return HttpAnswer.json(status, result[0]).with("Content-Range", countHeader);
        }
        return HttpAnswer.empty(okStatus == 201 ? 201 : 204).with("Content-Range", countHeader);
    }

    /** What PostgREST answers when PostgreSQL cancels a statement at its statement_timeout: a real 57014, 500. */
    HttpAnswer statementTimeout() {
        try {
            pool.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local statement_timeout = '20ms'");
                    statement.execute("select pg_sleep(2)");
                }
                return null;
            });
            throw new IllegalStateException("pg_sleep(2) outlived a 20 ms statement_timeout");
        } catch (RestError impossible) {
            return error(impossible);
        } catch (SQLException cancelled) {
            // docs/references/errors.rst: "Proxy-Status: PostgREST; error=57014"
            return error(fromPostgres(cancelled, "authenticated")).with("Proxy-Status", "PostgREST; error=" + cancelled.getSQLState());
        }
    }

    private ArrayNode bodyRows(HttpCall call) throws RestError {
        JsonNode body = parseBody(call);
        if (body.isObject()) {
            return json.createArrayNode().add(body);
        }
        if (body.isArray()) {
            for (JsonNode row : body) {
                if (!row.isObject()) {
                    throw new RestError(400, "PGRST102", "All object keys must match", null, null);
                }
            }
            return (ArrayNode) body;
        }
        throw new RestError(400, "PGRST102", "Empty or invalid json", null, null);
    }

    private JsonNode parseBody(HttpCall call) throws RestError {
        try {
            JsonNode body = call.body() == null || call.body().isBlank() ? null : json.readTree(call.body());
            if (body == null) {
                throw new RestError(400, "PGRST102", "Empty or invalid json", null, null);
            }
            return body;
        } catch (java.io.IOException notJson) {
            throw new RestError(400, "PGRST102", "Empty or invalid json", null, null);
        }
    }

    /** {@code columns=} when given (docs: "Specifying columns"), else every key of the payload. */
    private List<String> payloadColumns(TableInfo table, HttpCall call, ArrayNode rows) throws RestError {
        Set<String> columns = new LinkedHashSet<>();
        if (call.param("columns") != null) {
            for (String column : call.param("columns").split(",")) {
                columns.add(column.trim().replaceAll("^\"|\"$", ""));
            }
        } else {
            rows.forEach(row -> row.fieldNames().forEachRemaining(columns::add));
        }
        for (String column : columns) {
            if (!table.has(column)) {
                // docs: errors, PGRST204 "column not found in the schema cache"
                throw new RestError(400, "PGRST204", "Could not find the '" + column + "' column of '" + table.name()
                        + "' in the schema cache", null, null);
            }
        }
        return new ArrayList<>(columns);
    }

    // ---- shared ------------------------------------------------------------------------------------------

    private static SqlFragment where(PostgrestSyntax syntax, HttpCall call) throws RestError {
        List<SqlFragment> conditions = new ArrayList<>();
        for (Map.Entry<String, String> parameter : call.query()) {
            String key = parameter.getKey();
            if (RESERVED.contains(key)) {
                continue;
            }
            conditions.add(LOGIC.contains(key) ? syntax.logic(key, parameter.getValue())
                    : syntax.filter(key, parameter.getValue()));
        }
        return conditions.isEmpty() ? SqlFragment.of("true") : SqlFragment.join(" AND ", conditions);
    }

    private static long number(String text, String name) throws RestError {
        if (text == null) {
            return 0;
        }
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw RestError.parse("\"failed to parse " + name + " parameter (" + text + ")\"", "expecting a non-negative number");
        }
    }

    private static long scalarLong(Connection connection, SqlFragment sql) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String[] queryRow(Connection connection, SqlFragment sql) throws SQLException {
        return queryRow(connection, sql, 2);
    }

    private static String[] queryRow(Connection connection, SqlFragment sql, int columns) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            String[] values = new String[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rows.getString(i + 1);
            }
            return values;
        }
    }

    private static PreparedStatement prepare(Connection connection, SqlFragment sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            statement.setString(i + 1, sql.parameters().get(i));
        }
        return statement;
    }

    /** PostgreSQL error -> PostgREST status, per the "HTTP Status Codes" table of docs.postgrest.org "Errors". */
    static RestError fromPostgres(SQLException failure, String role) {
        String state = failure.getSQLState() == null ? "XX000" : failure.getSQLState();
        String message = failure.getMessage();
        String details = null;
        String hint = null;
        if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            message = server.getMessage();
            details = server.getDetail();
            hint = server.getHint();
        }
        return new RestError(statusFor(state, role), state, message, details, hint);
    }

    static int statusFor(String state, String role) {
        if (state.equals("42501")) {
            return role.equals("anon") ? 401 : 403;
        }
        if (state.equals("23503") || state.equals("23505")) {
            return 409;
        }
        if (state.equals("25006")) {
            return 405;
        }
        if (state.equals("P0001")) {
            return 400;
        }
        if (state.equals("42883") || state.equals("42P01")) {
            return 404;
        }
        if (state.equals("53400")) {
            return 500;
        }
        if (state.startsWith("08") || state.startsWith("53")) {
            return 503;
        }
        if (state.startsWith("0L") || state.startsWith("0P") || state.startsWith("28")) {
            return 403;
        }
        for (String prefix : List.of("09", "25", "2D", "38", "39", "3B", "40", "54", "55", "57", "58", "F0", "HV", "XX")) {
            if (state.startsWith(prefix)) {
                return 500;
            }
        }
        return 400;
    }

    HttpAnswer error(RestError error) {
        ObjectNode body = json.createObjectNode();
        body.put("code", error.code);
        body.put("details", error.details);
        body.put("hint", error.hint);
        body.put("message", error.getMessage());
        return HttpAnswer.json(error.status, body.toString());
    }
}
