package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.RollingAggregate;

/** {@code rolling_aggregates}: one per client and coach, behind the Map tab. */
public final class RollingAggregateRepository extends RowRepository<RollingAggregate> {

    static final String BY_CLIENT = "SELECT * FROM rolling_aggregates WHERE client_email = ? ORDER BY updated_at DESC LIMIT 1";

    public RollingAggregateRepository(CacheDatabase db) {
        super(db, RollingAggregate.class, "rolling_aggregates", List.of("id", "client_email", "coach_id", "coaching_start", "total_weeks",
                "permission_evolution", "persistent_themes", "fires_trajectory", "relationship_map",
                "questions_explored", "breakthroughs", "updated_at"));
    }

    /** The client's aggregate (the most recently updated if the server holds several). */
    public Optional<RollingAggregate> byClient(String clientEmail) {
        List<RollingAggregate> found = query(BY_CLIENT, clientEmail);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    UUID idOf(RollingAggregate row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, RollingAggregate row) {
        values.uuid(1, row.id());
        values.text(2, row.clientEmail());
        values.uuid(3, row.coachId());
        values.date(4, row.coachingStart());
        values.integer(5, row.totalWeeks());
        values.json(6, row.permissionEvolution());
        values.json(7, row.persistentThemes());
        values.json(8, row.firesTrajectory());
        values.json(9, row.relationshipMap());
        values.json(10, row.questionsExplored());
        values.json(11, row.breakthroughs());
        values.timestamp(12, row.updatedAt());
    }

    @Override
    RollingAggregate read(ResultSet rs) throws SQLException {
        return new RollingAggregate(Columns.uuid(rs, "id"), rs.getString("client_email"), Columns.uuid(rs, "coach_id"),
                Columns.date(rs, "coaching_start"), Columns.integer(rs, "total_weeks"),
                Columns.json(rs, "permission_evolution"), Columns.json(rs, "persistent_themes"),
                Columns.json(rs, "fires_trajectory"), Columns.json(rs, "relationship_map"),
                Columns.json(rs, "questions_explored"), Columns.json(rs, "breakthroughs"), Columns.timestamp(rs, "updated_at"));
    }
}
