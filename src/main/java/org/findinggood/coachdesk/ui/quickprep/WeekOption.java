package org.findinggood.coachdesk.ui.quickprep;

import java.time.LocalDate;
import org.findinggood.coachdesk.store.SnapshotWeek;
import org.findinggood.coachdesk.ui.common.WeekLabel;

/** One entry of the week selector: "Week 12 · 3 Nov – 9 Nov 2025" ({@link WeekLabel}). */
public record WeekOption(int index, Integer weekNumber, LocalDate start, LocalDate end, String label) {

    static WeekOption of(int index, SnapshotWeek snapshot) {
        return new WeekOption(index, snapshot.weekNumber(), snapshot.weekStart(), snapshot.weekEnd(),
                label(snapshot.weekNumber(), snapshot.weekStart(), snapshot.weekEnd()));
    }

    static String label(Integer weekNumber, LocalDate start, LocalDate end) {
        return WeekLabel.of(weekNumber, start, end);
    }

    /**
     * The label for the selector's own face, where the toolbar is short of room: without the year when the
     * whole week lies in {@code today}'s year (the list keeps every label whole).
     */
    public String labelFor(LocalDate today) {
        return WeekLabel.of(weekNumber, start, end, today);
    }

    @Override
    public String toString() {
        return label;
    }
}
