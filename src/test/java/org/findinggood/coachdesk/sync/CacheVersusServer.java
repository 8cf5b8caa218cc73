package org.findinggood.coachdesk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.remote.RemoteJson;
import org.findinggood.coachdesk.store.CacheDatabase;

/**
 * Compares the cache with the server row for row, for every synced table of one coach's scope.
 * Server rows are read with SQL ({@code row_to_json}, the same JSON PostgREST sends) into the model
 * records, cache rows through the repositories; records compare by value.
 */
public final class CacheVersusServer {

    private final ObjectMapper json = RemoteJson.newMapper();
    /** Server rows of the last comparison that could not be read: each is a difference, named by table and id. */
    private final List<String> unreadableOnServer = new ArrayList<>();

    /** Differences found: one line per row that is missing, extra or different (empty when equal). */
    public List<String> differences(Connection server, CacheDatabase cache, UUID coachId) throws SQLException {
        CacheTables tables = new CacheTables(cache);
        List<String> out = new ArrayList<>();
        unreadableOnServer.clear();
        List<CoachingRelationship> relationships = serverRows(server, tables.relationships(), "coach_id = ?", coachId);
        compare(tables.relationships(), relationships, out);
        // from SQL, not the parsed rows: a relationship the client cannot read still puts its client in scope
        Set<String> emails = new TreeSet<>();
        try (PreparedStatement ps = server.prepareStatement(
                "select client_email from public.coaching_relationships where coach_id = ?")) {
            ps.setObject(1, coachId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
        }
        compare(tables.clients(), serverRows(server, tables.clients(), "email = any(?)", emails), out);
        for (PulledTable<?> table : tables.clientTables()) {
            compareScoped(server, table, emails, coachId, out);
        }
        out.addAll(unreadableOnServer);
        return out;
    }

    /** The clients' rows; on per-coach tables only this coach's and the null-coach ones (another coach's stay out). */
    private <T> void compareScoped(Connection server, PulledTable<T> table, Set<String> emails, UUID coachId,
            List<String> out) throws SQLException {
        String where = "client_email = any(?)";
        if (table.perCoach()) {
            where += " and (" + table.coachColumn() + " is null or " + table.coachColumn() + " = '" + coachId + "')";
        }
        compare(table, serverRows(server, table, where, emails), out);
    }

    private <T> void compare(PulledTable<T> table, List<T> serverRows, List<String> out) {
        Map<UUID, T> cached = new HashMap<>();
        for (T row : table.rows().all()) {
            cached.put(table.idOf().apply(row), row);
        }
        for (T row : serverRows) {
            UUID id = table.idOf().apply(row);
            T mine = cached.remove(id);
            if (mine == null) {
                out.add(table.name() + " " + id + " missing in the cache");
            } else if (!json.valueToTree(mine).equals(json.valueToTree(row))) {
                // compared as JSON: a JSON null and a missing value are the same column value
                out.add(table.name() + " " + id + " differs: cache " + mine + " server " + row);
            }
        }
        for (UUID extra : cached.keySet()) {
            out.add(table.name() + " " + extra + " in the cache but not on the server");
        }
    }

    private <T> List<T> serverRows(Connection server, PulledTable<T> table, String where, Object parameter)
            throws SQLException {
        String sql = "select row_to_json(t)::text, t.id from public." + table.name() + " t where " + where;
        try (PreparedStatement ps = server.prepareStatement(sql)) {
            if (parameter instanceof Collection<?> values) {
                Array array = server.createArrayOf("text", values.toArray());
                ps.setArray(1, array);
            } else {
                ps.setObject(1, parameter);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        rows.add(json.readValue(rs.getString(1), table.type()));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
                        // a row the client cannot read either (e.g. JSON nested deeper than Jackson allows)
                        unreadableOnServer.add(table.name() + " " + rs.getObject(2) + " cannot be read: "
                                + unreadable.getOriginalMessage());
                    }
                }
            }
            return rows;
        }
    }
}
