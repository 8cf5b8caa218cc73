package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Clients the coach took off Today, and when (local only, never synced). Today shows such a client
 * again once one of its reasons is newer than the dismissal; {@link TodayFactsQuery} reads the times.
 */
public final class TodayDismissals {

    private final CacheDatabase db;

    public TodayDismissals(CacheDatabase db) {
        this.db = db;
    }

    public void dismiss(String clientEmail, Instant at) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO today_dismissal (client_email, dismissed_at) VALUES (?, ?) "
                    + "ON CONFLICT (client_email) DO UPDATE SET dismissed_at = excluded.dismissed_at")) {
                ps.setString(1, clientEmail);
                ps.setString(2, Columns.timestamp(at));
                ps.executeUpdate();
            }
            return null;
        });
    }
}
