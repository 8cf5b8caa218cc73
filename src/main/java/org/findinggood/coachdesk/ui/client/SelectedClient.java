package org.findinggood.coachdesk.ui.client;

import java.util.UUID;
import org.findinggood.coachdesk.model.RelationshipStatus;

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

    public String displayName() {
        return name == null || name.isBlank() ? clientEmail : name;
    }
}
