package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the coach last opened each client, on which tab and week: local to this computer and workspace
 * (the cache is per workspace), never synced. Quick Prep's "Since" block, Today's "new since you looked"
 * and the client restored at start read it.
 */
public final class LastOpenedRepository {

    /** One client's last visit; {@code weekStart} null when no week was chosen (the newest is shown). */
    public record LastOpened(String clientEmail, Instant openedAt, int tab, LocalDate weekStart) {
    }

    private final CacheDatabase db;

    public LastOpenedRepository(CacheDatabase db) {
        this.db = db;
    }

    /**
     * The coach opened the client now: records the time (keeping the tab and week) and returns when they
     * had opened it before, in one transaction; empty the first time.
     */
    public Optional<Instant> visit(String clientEmail, Instant at) {
        return db.write(c -> {
            Optional<Instant> before = of(clientEmail).map(LastOpened::openedAt);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO last_opened (client_email, opened_at) VALUES (?, ?) "
                    + "ON CONFLICT (client_email) DO UPDATE SET opened_at = excluded.opened_at")) {
                ps.setString(1, clientEmail);
                ps.setString(2, Columns.timestamp(at));
                ps.executeUpdate();
            }
            return before;
        });
    }

    /** Records a visit (replacing the previous one of that client). */
    public void opened(LastOpened visit) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO last_opened (client_email, opened_at, tab, week_start) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (client_email) DO UPDATE SET opened_at = excluded.opened_at, "
                    + "tab = excluded.tab, week_start = excluded.week_start")) {
                ps.setString(1, visit.clientEmail());
                ps.setString(2, Columns.timestamp(visit.openedAt()));
                ps.setInt(3, visit.tab());
                Columns.setDate(ps, 4, visit.weekStart());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<LastOpened> of(String clientEmail) {
        return query("SELECT * FROM last_opened WHERE client_email = ?", clientEmail).values().stream().findFirst();
    }

    /** The client opened most recently (restored at start). */
    public Optional<LastOpened> latest() {
        return query("SELECT * FROM last_opened ORDER BY opened_at DESC LIMIT 1", null).values().stream().findFirst();
    }

    public Map<String, LastOpened> all() {
        return query("SELECT * FROM last_opened", null);
    }

    private Map<String, LastOpened> query(String sql, String param) {
        return db.read(c -> {
            Map<String, LastOpened> visits = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (param != null) {
                    ps.setString(1, param);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LastOpened visit = read(rs);
                        visits.put(visit.clientEmail(), visit);
                    }
                }
            }
            return visits;
        });
    }

    private static LastOpened read(ResultSet rs) throws SQLException {
        return new LastOpened(rs.getString("client_email"), Columns.timestamp(rs, "opened_at").toInstant(),
                rs.getInt("tab"), Columns.date(rs, "week_start"));
    }
}
