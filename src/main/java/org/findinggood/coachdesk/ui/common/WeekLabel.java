package org.findinggood.coachdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A week as Coach Desk writes it everywhere (the client header, the week picker, search):
 * "Week 16 · 23 Nov – 29 Nov 2026". Days in the app's one style ({@link DisplayFormats}).
 */
public final class WeekLabel {

    private WeekLabel() {
    }

    /** With the year on the week's last day; "Week · …" without a number, "from 23 Nov 2026" without an end. */
    public static String of(Integer number, LocalDate start, LocalDate end) {
        return of(number, start, end, DisplayFormats.DAY_MONTH_YEAR);
    }

    /** Without the year when the whole week lies in {@code today}'s year, where room is short. */
    public static String of(Integer number, LocalDate start, LocalDate end, LocalDate today) {
        boolean thisYear = start != null && end != null && start.getYear() == today.getYear()
                && end.getYear() == today.getYear();
        return of(number, start, end, thisYear ? DisplayFormats.DAY_MONTH : DisplayFormats.DAY_MONTH_YEAR);
    }

    private static String of(Integer number, LocalDate start, LocalDate end, DateTimeFormatter lastDay) {
        String dates;
        if (start == null || end == null) {
            dates = start != null ? "from " + lastDay.format(start) : "dates unknown";
        } else {
            // a week across New Year needs its first day's year too
            DateTimeFormatter firstDay = start.getYear() != end.getYear() ? DisplayFormats.DAY_MONTH_YEAR
                    : DisplayFormats.DAY_MONTH;
            dates = firstDay.format(start) + " \u2013 " + lastDay.format(end);
        }
        return (number == null ? "Week" : "Week " + number) + " \u00b7 " + dates;
    }
}
