package org.findinggood.coachdesk.ui.client;

import java.util.UUID;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;

/**
 * The client chosen in the roster, as the client area and its tabs see it. Tabs load their own data
 * for {@link #clientEmail()} (the key every client table shares) through their view models.
 */
public record SelectedClient(
        UUID relationshipId,
        UUID coachId,
        String clientEmail,
        String name,
        RelationshipStatus status,
        String calendarLink,
        String inviteCode) {

    /** The roster's row as the client area sees it; null for none. */
    public static SelectedClient of(RosterRow row) {
        if (row == null) {
            return null;
        }
        var r = row.relationship();
        return new SelectedClient(r.id(), r.coachId(), r.clientEmail(), row.client() == null ? null : row.client().name(),
                r.status(), row.client() == null ? null : row.client().calendarLink(), r.inviteCode());
    }

    public String displayName() {
        return name == null || name.isBlank() ? clientEmail : name;
    }
}
