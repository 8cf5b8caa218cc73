package org.findinggood.coachdesk.ui.common;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.findinggood.coachdesk.model.DayFormat;

/** How dates, times and counts read in Coach Desk: short, relative where that is clearer; days in one style ({@link DayFormat}). */
public final class DisplayFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** "23 Nov": a day this year. The app's one day style is {@link DayFormat}'s. */
    public static final DateTimeFormatter DAY_MONTH = DayFormat.DAY_MONTH;
    /** "23 Nov 2026". */
    public static final DateTimeFormatter DAY_MONTH_YEAR = DayFormat.DAY_MONTH_YEAR;
    /** "Mon 23 Nov". */
    public static final DateTimeFormatter WEEKDAY_DAY_MONTH = DayFormat.WEEKDAY_DAY_MONTH;
    /** "Nov 2026" (a chart's axis, a date in another year where room is short). */
    public static final DateTimeFormatter MONTH_YEAR = DayFormat.MONTH_YEAR;

    private DisplayFormats() {
    }

    /** "today", "yesterday", "3 days ago", "12 Oct", "12 Oct 2025". */
    public static String relativeDay(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days > 1 && days < 7) {
            return days + " days ago";
        }
        return day.getYear() == today.getYear() ? DAY_MONTH.format(day) : DAY_MONTH_YEAR.format(day);
    }

    /** "14:05" today, "yesterday 14:05", "12 Oct 14:05" otherwise. */
    public static String relativeTime(Instant instant, Clock clock) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        long days = ChronoUnit.DAYS.between(at.toLocalDate(), today);
        if (days == 0) {
            return TIME.format(at);
        }
        if (days == 1) {
            return "yesterday " + TIME.format(at);
        }
        return DAY_MONTH.format(at) + " " + TIME.format(at);
    }

    /** "1,234". */
    public static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    /** "1 conflict", "2 conflicts". */
    public static String plural(long value, String singular, String plural) {
        return count(value) + " " + (value == 1 ? singular : plural);
    }
}
