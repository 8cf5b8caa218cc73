package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/** {@code weekly_snapshots}: the weekly summaries behind Quick Prep. */
public final class WeeklySnapshotRepository extends RowRepository<WeeklySnapshot> {

    static final String BY_CLIENT = "SELECT * FROM weekly_snapshots WHERE client_email = ? ORDER BY week_start DESC, created_at DESC";
    static final String WEEKS_BY_CLIENT = "SELECT id, week_number, week_start, week_end FROM weekly_snapshots WHERE client_email = ? ORDER BY week_start DESC, created_at DESC";
    static final String LATEST_BY_CLIENT = "SELECT * FROM weekly_snapshots WHERE client_email = ? ORDER BY week_start DESC, created_at DESC LIMIT ?";

    public WeeklySnapshotRepository(CacheDatabase db) {
        super(db, WeeklySnapshot.class, "weekly_snapshots", List.of("id", "client_email", "coach_id", "week_number", "week_start", "week_end",
                "activity_counts", "themes", "language_patterns", "fires_signals", "exchanges", "open_threads",
                "coaching_questions", "created_at"));
    }

    /** A client's snapshots, newest week first. */
    public List<WeeklySnapshot> byClient(String clientEmail) {
        return query(BY_CLIENT,
                clientEmail);
    }

    /** The weeks a client has snapshots for, newest first, without reading their JSON (Quick Prep's week list). */
    public List<SnapshotWeek> weeksByClient(String clientEmail) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(WEEKS_BY_CLIENT)) {
                ps.setString(1, clientEmail);
                List<SnapshotWeek> weeks = new java.util.ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        weeks.add(new SnapshotWeek(Columns.uuid(rs, "id"), Columns.integer(rs, "week_number"),
                                Columns.date(rs, "week_start"), Columns.date(rs, "week_end")));
                    }
                }
                return weeks;
            }
        });
    }

    /** A client's newest {@code limit} snapshots, newest week first. */
    public List<WeeklySnapshot> latestByClient(String clientEmail, int limit) {
        return query(LATEST_BY_CLIENT,
                clientEmail, limit);
    }

    public Optional<WeeklySnapshot> latestByClient(String clientEmail) {
        List<WeeklySnapshot> found = latestByClient(clientEmail, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    UUID idOf(WeeklySnapshot row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, WeeklySnapshot row) {
        values.uuid(1, row.id());
        values.text(2, row.clientEmail());
        values.uuid(3, row.coachId());
        values.integer(4, row.weekNumber());
        values.date(5, row.weekStart());
        values.date(6, row.weekEnd());
        values.json(7, row.activityCounts());
        values.json(8, row.themes());
        values.json(9, row.languagePatterns());
        values.json(10, row.firesSignals());
        values.json(11, row.exchanges());
        values.json(12, row.openThreads());
        values.json(13, row.coachingQuestions());
        values.timestamp(14, row.createdAt());
    }

    @Override
    WeeklySnapshot read(ResultSet rs) throws SQLException {
        return new WeeklySnapshot(Columns.uuid(rs, "id"), rs.getString("client_email"), Columns.uuid(rs, "coach_id"),
                Columns.integer(rs, "week_number"), Columns.date(rs, "week_start"), Columns.date(rs, "week_end"),
                Columns.json(rs, "activity_counts"), Columns.json(rs, "themes"), Columns.json(rs, "language_patterns"),
                Columns.json(rs, "fires_signals"), Columns.json(rs, "exchanges"), Columns.json(rs, "open_threads"),
                Columns.json(rs, "coaching_questions"), Columns.timestamp(rs, "created_at"));
    }
}
