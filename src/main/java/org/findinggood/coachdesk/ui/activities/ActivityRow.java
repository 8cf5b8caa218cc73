package org.findinggood.coachdesk.ui.activities;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/** One row of the Activities table: the cached activity and whether its edits reached the server. */
public record ActivityRow(AgreedActivity activity, RowSyncState syncState) {

    private static final DateTimeFormatter LONG_DAY = DisplayFormats.DAY_MONTH_YEAR;
    private static final DateTimeFormatter DAY_THIS_YEAR = DisplayFormats.DAY_MONTH;
    private static final DateTimeFormatter MONTH = DisplayFormats.MONTH_YEAR;

    public UUID id() {
        return activity.id();
    }

    public String text() {
        return activity.activityText() == null ? "" : activity.activityText();
    }

    public ActivityStatus status() {
        return activity.status();
    }

    /** The status as the coach reads it: its label, or "archived: not known to this version". */
    public String statusLabel() {
        return activity.unknown().describe("status", activity.status());
    }

    /** The status word for the narrow table column: the label, or the server's own text for an unknown one. */
    public String statusWord() {
        return activity.status() == ActivityStatus.UNKNOWN ? activity.unknown().wire("status", activity.status())
                : statusLabel();
    }

    /** False for a status (or visibility) this version does not know: no move is offered from it. */
    public boolean statusEditable() {
        return activity.status() != null && activity.status() != ActivityStatus.UNKNOWN;
    }

    public boolean visibilityEditable() {
        return activity.visibility() != null && activity.visibility() != Visibility.UNKNOWN;
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
    /**
     * When and where the activity was agreed, and when it last changed: "Agreed 12 Oct 2026 in a session ·
     * changed 14 Oct 2026" (the table hides the created column at first, so the detail pane says it).
     */
    public String agreedLine() {
        LocalDate created = created();
        LocalDate updated = updated();
        StringBuilder line = new StringBuilder(created == null ? "Agreed" : "Agreed " + LONG_DAY.format(created));
        line.append(switch (source() == null ? ActivitySource.UNKNOWN : source()) {
            case SESSION -> " in a session";
            case FOCUS -> " from the client's Focus";
            case TRANSCRIPT -> " from a session transcript";
            case UNKNOWN -> "";
        });
        if (updated != null && !updated.equals(created)) {
            line.append(" \u00b7 changed ").append(LONG_DAY.format(updated));
        }
        return line.toString();
    }

    /**
     * A day short enough for the table's narrow date columns on a laptop: "14 Oct" this year, "Sep 2025" before
     * (the detail pane gives the whole date).
     */
    static String tableDay(LocalDate day, LocalDate today) {
        return day.getYear() == today.getYear() ? DAY_THIS_YEAR.format(day) : MONTH.format(day);
    }
}
