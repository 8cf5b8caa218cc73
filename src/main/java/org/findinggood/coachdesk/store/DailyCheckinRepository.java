package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.DailyCheckin;

/** {@code daily_checkins}: one per client per day. */
public final class DailyCheckinRepository extends RowRepository<DailyCheckin> {

    static final String BETWEEN = "SELECT * FROM daily_checkins WHERE client_email = ? AND check_date BETWEEN ? AND ? "
            + "ORDER BY check_date";

    public DailyCheckinRepository(CacheDatabase db) {
        super(db, DailyCheckin.class, "daily_checkins", List.of("id", "client_email", "permission_id", "check_date", "focus_scores",
                "created_at"));
    }

    /** A client's check-ins from {@code from} to {@code to} (both inclusive), oldest first. */
    public List<DailyCheckin> byClientBetween(String clientEmail, LocalDate from, LocalDate to) {
        return query(BETWEEN, clientEmail, from.toString(), to.toString());
    }

    @Override
    UUID idOf(DailyCheckin row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, DailyCheckin row) {
        values.uuid(1, row.id());
        values.text(2, row.clientEmail());
        values.uuid(3, row.permissionId());
        values.date(4, row.checkDate());
        values.json(5, row.focusScores());
        values.timestamp(6, row.createdAt());
    }

    @Override
    DailyCheckin read(ResultSet rs) throws SQLException {
        return new DailyCheckin(Columns.uuid(rs, "id"), rs.getString("client_email"), Columns.uuid(rs, "permission_id"),
                Columns.date(rs, "check_date"), Columns.json(rs, "focus_scores"), Columns.timestamp(rs, "created_at"));
    }
}
