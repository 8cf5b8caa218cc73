package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.findinggood.coachdesk.model.RelationshipStatus;

/**
 * The facts behind Today for every open relationship (active, paused, requested, invited), in two
 * queries: one row per relationship with indexed sub-selects (the newest week by the (client, week)
 * index, evidence by (client, status), the small outbox and conflict tables), then the recent
 * check-ins through the (client, date) index. Background threads only.
 */
public final class TodayFactsQuery {

    /** How far back check-ins are read for the usual gap and the engagement trend. */
    public static final int CHECKIN_DAYS = 70;

    private static final String CLIENTS = """
            SELECT r.client_email, r.status, r.created_at, r.updated_at, c.name,
                   (SELECT s.created_at FROM weekly_snapshots s WHERE s.client_email = r.client_email
                     ORDER BY s.week_start DESC LIMIT 1) AS snapshot_created,
                   (SELECT max(s.week_start) FROM weekly_snapshots s WHERE s.client_email = r.client_email) AS latest_week,
                   (SELECT count(*) FROM agreed_activities a
                     WHERE a.client_email = r.client_email AND a.status = 'evidence_found') AS evidence,
                   (SELECT max(a.updated_at) FROM agreed_activities a
                     WHERE a.client_email = r.client_email AND a.status = 'evidence_found') AS evidence_updated,
                   (SELECT max(d.check_date) FROM daily_checkins d WHERE d.client_email = r.client_email) AS last_checkin,
                   (SELECT count(*) FROM outbox o WHERE (o.table_name = 'coaching_relationships' AND o.row_id = r.id)
                     OR (o.table_name = 'agreed_activities' AND EXISTS (SELECT 1 FROM agreed_activities a
                         WHERE a.id = o.row_id AND a.client_email = r.client_email))) AS unsent,
                   (SELECT min(o.created_at) FROM outbox o WHERE (o.table_name = 'coaching_relationships' AND o.row_id = r.id)
                     OR (o.table_name = 'agreed_activities' AND EXISTS (SELECT 1 FROM agreed_activities a
                         WHERE a.id = o.row_id AND a.client_email = r.client_email))) AS unsent_since,
                   (SELECT count(*) FROM conflict k WHERE (k.table_name = 'coaching_relationships' AND k.row_id = r.id)
                     OR (k.table_name = 'agreed_activities' AND EXISTS (SELECT 1 FROM agreed_activities a
                         WHERE a.id = k.row_id AND a.client_email = r.client_email))) AS conflicts,
                   (SELECT min(k.detected_at) FROM conflict k WHERE (k.table_name = 'coaching_relationships' AND k.row_id = r.id)
                     OR (k.table_name = 'agreed_activities' AND EXISTS (SELECT 1 FROM agreed_activities a
                         WHERE a.id = k.row_id AND a.client_email = r.client_email))) AS conflict_since,
                   l.opened_at, t.dismissed_at
              FROM coaching_relationships r
              LEFT JOIN clients c ON c.id = (SELECT c2.id FROM clients c2 WHERE c2.email = r.client_email LIMIT 1)
              LEFT JOIN last_opened l ON l.client_email = r.client_email
              LEFT JOIN today_dismissal t ON t.client_email = r.client_email
             WHERE r.status IN ('active', 'paused', 'pending_client_request', 'pending_coach_invite')
             ORDER BY r.client_email
            """;
    private static final String CHECKINS = """
            SELECT d.client_email, d.check_date, d.focus_scores
              FROM coaching_relationships r
              JOIN daily_checkins d ON d.client_email = r.client_email AND d.check_date >= ?
             WHERE r.status = 'active'
             ORDER BY d.client_email, d.check_date
            """;

    private final CacheDatabase db;

    public TodayFactsQuery(CacheDatabase db) {
        this.db = db;
    }

    /** Facts of every open relationship, by client e-mail order. */
    public List<ClientFacts> facts(LocalDate today) {
        return db.read(c -> {
            Map<String, List<ClientFacts.Checkin>> checkins = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(CHECKINS)) {
                Columns.setDate(ps, 1, today.minusDays(CHECKIN_DAYS - 1L));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        checkins.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new ClientFacts.Checkin(Columns.date(rs, "check_date"), Columns.json(rs, "focus_scores")));
                    }
                }
            }
            List<ClientFacts> facts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CLIENTS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String email = rs.getString("client_email");
                    Instant unsent = instant(rs, "unsent_since");
                    Instant conflict = instant(rs, "conflict_since");
                    facts.add(new ClientFacts(email, rs.getString("name"), RelationshipStatus.fromWire(rs.getString("status")),
                            instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "snapshot_created"),
                            Columns.date(rs, "latest_week"), rs.getInt("evidence"), instant(rs, "evidence_updated"),
                            Columns.date(rs, "last_checkin"), checkins.getOrDefault(email, List.of()),
                            rs.getInt("unsent"), rs.getInt("conflicts"), earlier(unsent, conflict),
                            instant(rs, "opened_at"), instant(rs, "dismissed_at")));
                }
            }
            return facts;
        });
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = Columns.timestamp(rs, column);
        return value == null ? null : value.toInstant();
    }
}
