package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.UnknownValues;

/** {@code focus_history}: how a client's focus items evolved. */
public final class FocusHistoryRepository extends RowRepository<FocusHistoryEntry> {

    static final String BY_CLIENT = "SELECT * FROM focus_history WHERE client_email = ? ORDER BY started_at DESC, id";

    public FocusHistoryRepository(CacheDatabase db) {
        super(db, FocusHistoryEntry.class, "focus_history", List.of("id", "client_email", "focus_name", "started_at", "ended_at", "evolved_into",
                "reason"));
    }

    /** A client's focus history, most recently started first. */
    public List<FocusHistoryEntry> byClient(String clientEmail) {
        return query(BY_CLIENT, clientEmail);
    }

    @Override
    UUID idOf(FocusHistoryEntry row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, FocusHistoryEntry row) {
        values.uuid(1, row.id());
        values.text(2, row.clientEmail());
        values.text(3, row.focusName());
        values.date(4, row.startedAt());
        values.date(5, row.endedAt());
        values.text(6, row.evolvedInto());
        values.text(7, row.unknown().wire("reason", row.reason()));
    }

    @Override
    FocusHistoryEntry read(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        FocusEndReason parsed = FocusEndReason.fromWire(reason);
        return new FocusHistoryEntry(Columns.uuid(rs, "id"), rs.getString("client_email"), rs.getString("focus_name"),
                Columns.date(rs, "started_at"), Columns.date(rs, "ended_at"), rs.getString("evolved_into"),
                parsed, UnknownValues.NONE.with("reason", parsed, reason));
    }
}
