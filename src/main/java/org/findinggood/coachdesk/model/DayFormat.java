package org.findinggood.coachdesk.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way Coach Desk writes a day, on screen and in exports: "23 Nov", "23 Nov 2026", "Mon 23 Nov",
 * "Nov 2026" (never ISO "2026-11-23" or a two-digit year "7 Sep 26"). The screens reach it through
 * {@code ui.common.DisplayFormats}; the export's summary uses it directly.
 */
public final class DayFormat {

    public static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    public static final DateTimeFormatter WEEKDAY_DAY_MONTH = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    public static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private DayFormat() {
    }

    /** "23 Nov 2026". */
    public static String day(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }
}
