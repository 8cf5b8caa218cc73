package org.findinggood.coachdesk.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * {@code timestamptz} values as PostgreSQL may send them, beyond ISO-8601 with a {@code T}: {@code infinity} and
 * {@code -infinity} (valid values of the type), a space instead of the {@code T} and an offset of hours only
 * ({@code 2026-03-01 09:30:00+00}, PostgreSQL's own text output). The infinities are kept as two fixed instants
 * at the ends of {@link LocalDateTime}'s range, in UTC, and written back as {@code infinity}/{@code -infinity}.
 */
public final class ServerTimestamps {

    /** PostgreSQL's {@code infinity}: later than every other timestamp. */
    public static final OffsetDateTime INFINITY = OffsetDateTime.of(LocalDateTime.MAX, ZoneOffset.UTC);
    /** PostgreSQL's {@code -infinity}: earlier than every other timestamp. */
    public static final OffsetDateTime MINUS_INFINITY = OffsetDateTime.of(LocalDateTime.MIN, ZoneOffset.UTC);

    private ServerTimestamps() {
    }

    /** Parses any of the forms above; throws {@link DateTimeParseException} for anything else. */
    public static OffsetDateTime parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("infinity") || trimmed.equalsIgnoreCase("+infinity")) {
            return INFINITY;
        }
        if (trimmed.equalsIgnoreCase("-infinity")) {
            return MINUS_INFINITY;
        }
        return OffsetDateTime.parse(isoForm(trimmed));
    }

    /** The value as PostgreSQL reads it back: ISO-8601, or {@code infinity}/{@code -infinity}. */
    public static String wire(OffsetDateTime value) {
        if (isInfinite(value)) {
            return value.equals(INFINITY) ? "infinity" : "-infinity";
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    public static boolean isInfinite(OffsetDateTime value) {
        return INFINITY.equals(value) || MINUS_INFINITY.equals(value);
    }

    /** {@code T} between date and time; a {@code +HH} or {@code +HHMM} offset as {@code +HH:MM}; no offset as UTC. */
    private static String isoForm(String text) {
        if (text.length() < 11) {
            return text;
        }
        StringBuilder iso = new StringBuilder(text);
        if (iso.charAt(10) == ' ') {
            iso.setCharAt(10, 'T');
        }
        int sign = Math.max(iso.lastIndexOf("+"), iso.lastIndexOf("-"));
        if (sign > 10) {
            int digits = iso.length() - sign - 1;
            if (digits == 2) {
                iso.append(":00");
            } else if (digits == 4 && iso.indexOf(":", sign) < 0) {
                iso.insert(sign + 3, ':');
            }
        } else if (iso.charAt(iso.length() - 1) != 'Z' && iso.charAt(iso.length() - 1) != 'z') {
            iso.append('Z');
        }
        return iso.toString();
    }
}
