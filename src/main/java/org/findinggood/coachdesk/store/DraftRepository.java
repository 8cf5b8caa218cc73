package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Text the coach has typed and not yet saved as data (a half-typed new activity, notes in their save pause), per kind and key, in the
 * local-only {@code draft} table: it survives a client switch, a restart and a crash, and is never synced.
 */
public final class DraftRepository {

    /** The new-activity text of a client (key: the client's e-mail). */
    public static final String NEW_ACTIVITY = "new_activity";

    /** An activity's coach notes typed since their last save (key: the activity's id). */
    public static final String ACTIVITY_NOTES = "activity_notes";

    /** The e-mail typed in the invite dialog and not yet invited (key: {@link #ONLY}). */
    public static final String INVITE_EMAIL = "invite_email";

    /** The key of a kind that has one draft per workspace. */
    public static final String ONLY = "";

    private final CacheDatabase db;

    public DraftRepository(CacheDatabase db) {
        this.db = db;
    }

    /** Keeps the text as the draft; blank text deletes it. */
    public void keep(String kind, String key, String text) {
        db.write(c -> {
            if (text == null || text.isBlank()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft WHERE kind = ? AND draft_key = ?")) {
                    ps.setString(1, kind);
                    ps.setString(2, key);
                    ps.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft (kind, draft_key, body, updated_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (kind, draft_key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at")) {
                ps.setString(1, kind);
                ps.setString(2, key);
                ps.setString(3, text);
                ps.setString(4, Columns.timestamp(Columns.now()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The draft kept for this kind and key, if any. */
    public Optional<String> read(String kind, String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM draft WHERE kind = ? AND draft_key = ?")) {
                ps.setString(1, kind);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
