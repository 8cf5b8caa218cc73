package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.RelationshipStatus;

/**
 * The roster: each relationship with its client, last check-in and open-activity counts, in one
 * query (indexed: relationships by status, check-ins by client and date, activities by client and
 * status). Ordered active first, then requests, invites, paused, completed; then by name.
 */
public final class RosterQuery {

    private static final String SQL = """
            SELECT r.*, c.id AS c_id, c.email AS c_email, c.name AS c_name, c.calendar_link AS c_calendar_link,
                   (SELECT max(d.check_date) FROM daily_checkins d WHERE d.client_email = r.client_email) AS last_checkin,
                   (SELECT count(*) FROM agreed_activities a
                     WHERE a.client_email = r.client_email AND a.status IN ('pending', 'evidence_found')) AS open_activities,
                   (SELECT count(*) FROM agreed_activities a
                     WHERE a.client_email = r.client_email AND a.status = 'evidence_found') AS evidence_found
              FROM coaching_relationships r
              LEFT JOIN clients c ON c.id = (SELECT c2.id FROM clients c2 WHERE c2.email = r.client_email LIMIT 1)
            """;
    private static final String ORDER = """
             ORDER BY CASE r.status WHEN 'active' THEN 0 WHEN 'pending_client_request' THEN 1
                      WHEN 'pending_coach_invite' THEN 2 WHEN 'paused' THEN 3 WHEN 'completed' THEN 4 ELSE 5 END,
                      lower(coalesce(nullif(c.name, ''), r.client_email)), r.id
            """;

    private final CacheDatabase db;
    private final RelationshipRepository relationships;

    public RosterQuery(CacheDatabase db) {
        this.db = db;
        this.relationships = new RelationshipRepository(db);
    }

    /** Every relationship in the cache. */
    public List<RosterRow> rows() {
        return run(SQL + ORDER, List.of());
    }

    /** Only relationships in the given statuses (uses the status index). */
    public List<RosterRow> rows(Collection<RelationshipStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", statuses.stream().map(s -> "?").toList());
        return run(SQL + " WHERE r.status IN (" + marks + ")" + ORDER, statuses.stream().map(RelationshipStatus::wire).toList());
    }

    private List<RosterRow> run(String sql, List<String> params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                List<RosterRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RosterRow(relationships.read(rs), client(rs), Columns.date(rs, "last_checkin"),
                                rs.getInt("open_activities"), rs.getInt("evidence_found")));
                    }
                }
                return rows;
            }
        });
    }

    private static Client client(ResultSet rs) throws SQLException {
        String id = rs.getString("c_id");
        if (id == null) {
            return null;
        }
        return new Client(UUID.fromString(id), rs.getString("c_email"), rs.getString("c_name"), rs.getString("c_calendar_link"));
    }

    /** For tests: the SQL the roster runs, to check the query plan uses the indexes. */
    static String sqlForPlan() {
        return SQL + ORDER;
    }
}
