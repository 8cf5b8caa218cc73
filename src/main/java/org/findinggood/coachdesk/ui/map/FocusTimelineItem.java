package org.findinggood.coachdesk.ui.map;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/** One focus item on the Map's focus timeline: active, or ended with its reason and what it became. */
public record FocusTimelineItem(String focus, LocalDate startedAt, LocalDate endedAt, FocusEndReason reason,
                                String evolvedInto) {

    private static final DateTimeFormatter DAY = DisplayFormats.DAY_MONTH_YEAR;

    static FocusTimelineItem of(FocusHistoryEntry entry) {
        return new FocusTimelineItem(entry.focusName() == null ? "(unnamed focus)" : entry.focusName().strip(),
                entry.startedAt(), entry.endedAt(), entry.reason(),
                entry.evolvedInto() == null || entry.evolvedInto().isBlank() ? null : entry.evolvedInto().strip());
    }

    public boolean active() {
        return endedAt == null;
    }

    /** "Active", "Paused", "Evolved", "Completed", "Ended" (no or unknown reason). */
    public String state() {
        if (active()) {
            return "Active";
        }
        return reason == null || reason == FocusEndReason.UNKNOWN ? "Ended" : reason.label();
    }

    /** "5 Jan 2026 – now", "5 Jan 2026 – 2 Feb 2026". */
    public String period() {
        String from = startedAt == null ? "?" : DAY.format(startedAt);
        return from + " – " + (endedAt == null ? "now" : DAY.format(endedAt));
    }

    /** "evolved into “Walk daily”", or empty. */
    public String outcome() {
        return evolvedInto == null ? "" : "evolved into “" + evolvedInto + "”";
    }
}
