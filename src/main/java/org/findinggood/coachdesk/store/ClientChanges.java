package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What changed for one client since a moment ({@link ChangesSinceQuery}): the rows written after it, and
 * the check-ins of the period before it (as long again) to compare with, plus the two newest weeks'
 * activity counts and FIRES signals for the week-over-week changes.
 */
public record ClientChanges(
        Instant since,
        List<Week> newWeeks,
        List<ClientFacts.Checkin> checkinsSince,
        List<ClientFacts.Checkin> checkinsBefore,
        List<Activity> activities,
        List<Focus> focus,
        List<PermissionText> permissions,
        Week thisWeek,
        Week lastWeek) {

    public ClientChanges {
        newWeeks = List.copyOf(newWeeks);
        checkinsSince = List.copyOf(checkinsSince);
        checkinsBefore = List.copyOf(checkinsBefore);
        activities = List.copyOf(activities);
        focus = List.copyOf(focus);
        permissions = List.copyOf(permissions);
    }

    /** A weekly snapshot, as far as the "Since" block needs it. */
    public record Week(UUID id, Integer weekNumber, LocalDate weekStart, Instant created, JsonNode activityCounts,
                       JsonNode firesSignals) {
    }

    /**
     * An agreed activity written after the moment: {@code created} tells new from changed; {@code changedHere}
     * when this computer holds an unsent edit of it (the coach changed it), else it came from the server.
     */
    public record Activity(UUID id, String text, String status, Instant created, Instant updated, boolean changedHere) {
    }

    /** A focus item started or ended after the moment. */
    public record Focus(UUID id, String name, LocalDate started, LocalDate ended, String evolvedInto) {
    }

    /** Permission or practice text written after the moment. */
    public record PermissionText(UUID id, String permission, String practice, Instant updated) {
    }
}
