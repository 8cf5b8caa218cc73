package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;

/** {@code agreed_activities}. Write edits through {@link LocalEdits}, never here, so they reach the outbox. */
public final class AgreedActivityRepository extends RowRepository<AgreedActivity> {

    static final String BY_CLIENT = "SELECT * FROM agreed_activities WHERE client_email = ? ORDER BY created_at DESC, id";
    static final String BY_CLIENT_AND_STATUS = "SELECT * FROM agreed_activities WHERE client_email = ? AND status = ? ORDER BY created_at DESC, id";
    static final String OPEN_BY_CLIENT = "SELECT * FROM agreed_activities WHERE client_email = ? AND status IN ('pending', 'evidence_found') "
            + "ORDER BY created_at DESC, id";

    public AgreedActivityRepository(CacheDatabase db) {
        super(db, AgreedActivity.class, "agreed_activities", List.of("id", "client_email", "coach_id", "source", "activity_text", "status",
                "evidence_entries", "coach_notes", "visibility", "created_at", "updated_at"),
                Set.of("source", "status", "visibility"));
    }

    /** A client's activities, newest first. */
    public List<AgreedActivity> byClient(String clientEmail) {
        return query(BY_CLIENT, clientEmail);
    }

    /** A client's activities with the given status, newest first. */
    public List<AgreedActivity> byClientAndStatus(String clientEmail, ActivityStatus status) {
        return query(BY_CLIENT_AND_STATUS,
                clientEmail, status.wire());
    }

    /** A client's open activities (pending or evidence found), newest first. */
    public List<AgreedActivity> openByClient(String clientEmail) {
        return query(OPEN_BY_CLIENT, clientEmail);
    }

    @Override
    UUID idOf(AgreedActivity row) {
        return row.id();
    }

    @Override
    void bind(PreparedStatement ps, AgreedActivity row) throws SQLException {
        Columns.setUuid(ps, 1, row.id());
        Columns.setText(ps, 2, row.clientEmail());
        Columns.setUuid(ps, 3, row.coachId());
        Columns.setWire(ps, 4, row.source());
        Columns.setText(ps, 5, row.activityText());
        Columns.setWire(ps, 6, row.status());
        Columns.setJson(ps, 7, row.evidenceEntries());
        Columns.setText(ps, 8, row.coachNotes());
        Columns.setWire(ps, 9, row.visibility());
        Columns.setTimestamp(ps, 10, row.createdAt());
        Columns.setTimestamp(ps, 11, row.updatedAt());
    }

    @Override
    AgreedActivity read(ResultSet rs) throws SQLException {
        return new AgreedActivity(Columns.uuid(rs, "id"), rs.getString("client_email"), Columns.uuid(rs, "coach_id"),
                ActivitySource.fromWire(rs.getString("source")), rs.getString("activity_text"),
                ActivityStatus.fromWire(rs.getString("status")), Columns.json(rs, "evidence_entries"),
                rs.getString("coach_notes"), Visibility.fromWire(rs.getString("visibility")),
                Columns.timestamp(rs, "created_at"), Columns.timestamp(rs, "updated_at"));
    }
}
