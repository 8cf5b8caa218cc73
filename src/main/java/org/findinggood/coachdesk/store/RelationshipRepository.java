package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.UnknownValues;

/** {@code coaching_relationships}: the signed-in coach's relationships. */
public final class RelationshipRepository extends RowRepository<CoachingRelationship> {

    static final String BY_STATUS = "SELECT * FROM coaching_relationships WHERE status = ? ORDER BY client_email";

    public RelationshipRepository(CacheDatabase db) {
        super(db, CoachingRelationship.class, "coaching_relationships", List.of("id", "coach_id", "client_email", "status", "started_at",
                "ended_at", "invite_code", "created_at", "updated_at"));
    }

    public List<CoachingRelationship> byStatus(RelationshipStatus status) {
        return query(BY_STATUS, status.wire());
    }

    public Optional<CoachingRelationship> byClient(String clientEmail) {
        List<CoachingRelationship> found = query(
                "SELECT * FROM coaching_relationships WHERE client_email = ? ORDER BY created_at DESC LIMIT 1", clientEmail);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public boolean inviteCodeExists(String code) {
        return !query("SELECT * FROM coaching_relationships WHERE invite_code = ?", code).isEmpty();
    }

    @Override
    UUID idOf(CoachingRelationship row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, CoachingRelationship row) {
        values.uuid(1, row.id());
        values.uuid(2, row.coachId());
        values.text(3, row.clientEmail());
        values.text(4, row.statusText());
        values.timestamp(5, row.startedAt());
        values.timestamp(6, row.endedAt());
        values.text(7, row.inviteCode());
        values.timestamp(8, row.createdAt());
        values.timestamp(9, row.updatedAt());
    }

    @Override
    CoachingRelationship read(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        RelationshipStatus parsed = RelationshipStatus.fromWire(status);
        return new CoachingRelationship(Columns.uuid(rs, "id"), Columns.uuid(rs, "coach_id"), rs.getString("client_email"),
                parsed, Columns.timestamp(rs, "started_at"),
                Columns.timestamp(rs, "ended_at"), rs.getString("invite_code"), Columns.timestamp(rs, "created_at"),
                Columns.timestamp(rs, "updated_at"), UnknownValues.NONE.with("status", parsed, status));
    }
}
