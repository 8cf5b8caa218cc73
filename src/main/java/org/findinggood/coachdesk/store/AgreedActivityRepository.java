package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.UnknownValues;
import org.findinggood.coachdesk.model.Visibility;

/** {@code agreed_activities}. Write edits through {@link LocalEdits}, never here, so they reach the outbox. */
public final class AgreedActivityRepository extends RowRepository<AgreedActivity> {

    static final String BY_CLIENT = "SELECT * FROM agreed_activities WHERE client_email = ? ORDER BY created_at DESC, id";
    static final String BY_CLIENT_AND_STATUS = "SELECT * FROM agreed_activities WHERE client_email = ? AND status = ? ORDER BY created_at DESC, id";
    static final String OPEN_BY_CLIENT = "SELECT * FROM agreed_activities WHERE client_email = ? AND status IN ('pending', 'evidence_found') "
            + "ORDER BY created_at DESC, id";

    public AgreedActivityRepository(CacheDatabase db) {
        super(db, AgreedActivity.class, "agreed_activities", List.of("id", "client_email", "coach_id", "source", "activity_text", "status",
                "evidence_entries", "coach_notes", "visibility", "created_at", "updated_at"));
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
    void bind(RowValues values, AgreedActivity row) {
        values.uuid(1, row.id());
        values.text(2, row.clientEmail());
        values.uuid(3, row.coachId());
        values.text(4, row.unknown().wire("source", row.source()));
        values.text(5, row.activityText());
        values.text(6, row.unknown().wire("status", row.status()));
        values.json(7, row.evidenceEntries());
        values.text(8, row.coachNotes());
        values.text(9, row.unknown().wire("visibility", row.visibility()));
        values.timestamp(10, row.createdAt());
        values.timestamp(11, row.updatedAt());
    }

    @Override
    AgreedActivity read(ResultSet rs) throws SQLException {
        String source = rs.getString("source");
        String status = rs.getString("status");
        String visibility = rs.getString("visibility");
        ActivitySource parsedSource = ActivitySource.fromWire(source);
        ActivityStatus parsedStatus = ActivityStatus.fromWire(status);
        Visibility parsedVisibility = Visibility.fromWire(visibility);
        return new AgreedActivity(Columns.uuid(rs, "id"), rs.getString("client_email"), Columns.uuid(rs, "coach_id"),
                parsedSource, rs.getString("activity_text"), parsedStatus, Columns.json(rs, "evidence_entries"),
                rs.getString("coach_notes"), parsedVisibility,
                Columns.timestamp(rs, "created_at"), Columns.timestamp(rs, "updated_at"),
                UnknownValues.NONE.with("source", parsedSource, source).with("status", parsedStatus, status)
                        .with("visibility", parsedVisibility, visibility));
    }
}
