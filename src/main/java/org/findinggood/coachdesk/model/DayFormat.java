package org.findinggood.coachdesk.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** "2026-11-23", or a timestamp on that day as JSON and PostgreSQL write it ("2026-11-23T09:30:00Z"). */
    private static final Pattern ISO_DAY_OR_TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?");

    private DayFormat() {
    }

    /** "23 Nov 2026". */
    public static String day(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /**
     * The day an ISO date or timestamp names, or empty when {@code text} is not exactly one. A timestamp
     * reads as the day it was written on (its own offset), as the export's summary reads them.
     */
    public static Optional<LocalDate> isoDay(String text) {
        if (text == null || text.length() > 40 || !ISO_DAY_OR_TIMESTAMP.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
