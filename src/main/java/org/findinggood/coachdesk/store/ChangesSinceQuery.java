package org.findinggood.coachdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads one client's {@link ClientChanges} since a moment, through the per-client indexes. Background threads only. */
public final class ChangesSinceQuery {

    private final CacheDatabase db;

    public ChangesSinceQuery(CacheDatabase db) {
        this.db = db;
    }

    /** @param now the end of the period; the comparison period is as long, ending at {@code since} */
    public ClientChanges since(String clientEmail, Instant since, Instant now) {
        String at = Columns.timestamp(since);
        LocalDate sinceDay = since.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        long days = Math.max(1, today.toEpochDay() - sinceDay.toEpochDay());
        return db.read(c -> {
            List<ClientChanges.Week> newest = weeks(c, "SELECT * FROM weekly_snapshots WHERE client_email = ? "
                    + "ORDER BY week_start DESC LIMIT 2", clientEmail);
            List<ClientChanges.Week> added = weeks(c, "SELECT * FROM weekly_snapshots WHERE client_email = ? AND created_at > ? "
                    + "ORDER BY week_start DESC", clientEmail, at);
            List<ClientFacts.Checkin> after = checkins(c, clientEmail, sinceDay.plusDays(1), today);
            List<ClientFacts.Checkin> before = checkins(c, clientEmail, sinceDay.minusDays(days - 1), sinceDay);
            List<ClientChanges.Activity> activities = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.activity_text, a.status, a.created_at, a.updated_at, "
                    + "EXISTS (SELECT 1 FROM outbox o WHERE o.table_name = 'agreed_activities' AND o.row_id = a.id) AS here "
                    + "FROM agreed_activities a WHERE a.client_email = ? AND (a.updated_at > ? OR a.created_at > ?) "
                    + "ORDER BY a.updated_at DESC")) {
                ps.setString(1, clientEmail);
                ps.setString(2, at);
                ps.setString(3, at);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        activities.add(new ClientChanges.Activity(Columns.uuid(rs, "id"), rs.getString("activity_text"),
                                rs.getString("status"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getBoolean("here")));
                    }
                }
            }
            List<ClientChanges.Focus> focus = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM focus_history WHERE client_email = ? "
                    + "AND (started_at > ? OR ended_at > ?) ORDER BY started_at DESC")) {
                ps.setString(1, clientEmail);
                ps.setString(2, sinceDay.toString());
                ps.setString(3, sinceDay.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        focus.add(new ClientChanges.Focus(Columns.uuid(rs, "id"), rs.getString("focus_name"),
                                day(rs.getString("started_at")), day(rs.getString("ended_at")), rs.getString("evolved_into")));
                    }
                }
            }
            List<ClientChanges.PermissionText> permissions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, permission, practice, updated_at FROM permissions "
                    + "WHERE client_email = ? AND updated_at > ? ORDER BY updated_at DESC")) {
                ps.setString(1, clientEmail);
                ps.setString(2, at);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        permissions.add(new ClientChanges.PermissionText(Columns.uuid(rs, "id"), rs.getString("permission"),
                                rs.getString("practice"), instant(rs, "updated_at")));
                    }
                }
            }
            return new ClientChanges(since, added, after, before, activities, focus, permissions,
                    newest.isEmpty() ? null : newest.get(0), newest.size() < 2 ? null : newest.get(1));
        });
    }

    private static List<ClientChanges.Week> weeks(Connection c, String sql, String... params) throws SQLException {
        List<ClientChanges.Week> weeks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    weeks.add(new ClientChanges.Week(Columns.uuid(rs, "id"), Columns.integer(rs, "week_number"),
                            Columns.date(rs, "week_start"), instant(rs, "created_at"), Columns.json(rs, "activity_counts"),
                            Columns.json(rs, "fires_signals")));
                }
            }
        }
        return weeks;
    }

    private static List<ClientFacts.Checkin> checkins(Connection c, String clientEmail, LocalDate from, LocalDate to)
            throws SQLException {
        List<ClientFacts.Checkin> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT check_date, focus_scores FROM daily_checkins "
                + "WHERE client_email = ? AND check_date BETWEEN ? AND ? ORDER BY check_date")) {
            ps.setString(1, clientEmail);
            ps.setString(2, from.toString());
            ps.setString(3, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new ClientFacts.Checkin(Columns.date(rs, "check_date"), Columns.json(rs, "focus_scores")));
                }
            }
        }
        return found;
    }

    private static LocalDate day(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = Columns.timestamp(rs, column);
        return value == null ? null : value.toInstant();
    }
}
