package org.findinggood.coachdesk.ui.activities;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.RowSyncState;

/** One row of the Activities table: the cached activity and whether its edits reached the server. */
public record ActivityRow(AgreedActivity activity, RowSyncState syncState) {

    public UUID id() {
        return activity.id();
    }

    public String text() {
        return activity.activityText() == null ? "" : activity.activityText();
    }

    public ActivityStatus status() {
        return activity.status();
    }

    public ActivitySource source() {
        return activity.source();
    }

    public Visibility visibility() {
        return activity.visibility();
    }

    /** Coach-only activities are private to the coach and marked so wherever they show. */
    public boolean isPrivate() {
        return activity.visibility() == Visibility.COACH_ONLY;
    }

    public String coachNotes() {
        return activity.coachNotes() == null ? "" : activity.coachNotes();
    }

    public JsonNode evidence() {
        return activity.evidenceEntries();
    }

    /** Entries in {@code evidence_entries}: list items, or 1 for a single non-empty value. */
    public int evidenceCount() {
        JsonNode evidence = activity.evidenceEntries();
        if (evidence == null || evidence.isNull() || evidence.isMissingNode()) {
            return 0;
        }
        if (evidence.isArray()) {
            int count = 0;
            for (JsonNode entry : evidence) {
                if (entry != null && !entry.isNull()) {
                    count++;
                }
            }
            return count;
        }
        if (evidence.isContainerNode()) {
            return evidence.isEmpty() ? 0 : 1;
        }
        return evidence.asText("").isBlank() ? 0 : 1;
    }

    public LocalDate created() {
        return day(activity.createdAt());
    }

    public LocalDate updated() {
        return day(activity.updatedAt());
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.toLocalDate();
    }

    /** "Pending", "Synced", "Conflict". */
    public String syncLabel() {
        return switch (syncState) {
            case PENDING -> "Waiting to sync";
            case CONFLICT -> "Conflict";
            case SYNCED -> "Synced";
        };
    }
}
