package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.Coach;

/** {@code coaches}: only the signed-in coach is cached. */
public final class CoachRepository extends RowRepository<Coach> {

    public CoachRepository(CacheDatabase db) {
        super(db, Coach.class, "coaches", List.of("id", "email", "name"));
    }

    /** The signed-in coach, once sync has stored them. */
    public Optional<Coach> self() {
        List<Coach> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    @Override
    String clientColumn() {
        return null;
    }

    @Override
    UUID idOf(Coach row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, Coach row) {
        values.uuid(1, row.id());
        values.text(2, row.email());
        values.text(3, row.name());
    }

    @Override
    Coach read(ResultSet rs) throws SQLException {
        return new Coach(Columns.uuid(rs, "id"), rs.getString("email"), rs.getString("name"));
    }
}
