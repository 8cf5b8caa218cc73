package org.findinggood.coachdesk.ui.quickprep;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.findinggood.coachdesk.store.SnapshotWeek;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/** One entry of the week selector: "Week 12 · 3 Nov – 9 Nov 2025". */
public record WeekOption(int index, Integer weekNumber, LocalDate start, LocalDate end, String label) {

    private static final DateTimeFormatter DAY = DisplayFormats.DAY_MONTH;
    private static final DateTimeFormatter DAY_YEAR = DisplayFormats.DAY_MONTH_YEAR;

    static WeekOption of(int index, SnapshotWeek snapshot) {
        return new WeekOption(index, snapshot.weekNumber(), snapshot.weekStart(), snapshot.weekEnd(),
                label(snapshot.weekNumber(), snapshot.weekStart(), snapshot.weekEnd()));
    }

    static String label(Integer weekNumber, LocalDate start, LocalDate end) {
        return label(weekNumber, start, end, DAY_YEAR);
    }

    /**
     * The label for the selector's own face, where the toolbar is short of room: without the year when the
     * whole week lies in {@code today}'s year (the list keeps every label whole).
     */
    public String labelFor(LocalDate today) {
        boolean thisYear = start != null && end != null && start.getYear() == today.getYear()
                && end.getYear() == today.getYear();
        return thisYear ? label(weekNumber, start, end, DAY) : label;
    }

    private static String label(Integer weekNumber, LocalDate start, LocalDate end, DateTimeFormatter endDay) {
        String dates;
        if (start == null || end == null) {
            dates = start != null ? "from " + endDay.format(start) : "dates unknown";
        } else {
            dates = DAY.format(start) + " – " + endDay.format(end);
        }
        return (weekNumber == null ? "Week" : "Week " + weekNumber) + " · " + dates;
    }

    @Override
    public String toString() {
        return label;
    }
}
