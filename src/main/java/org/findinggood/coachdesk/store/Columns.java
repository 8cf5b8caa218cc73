package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.findinggood.coachdesk.model.ServerTimestamps;
import org.findinggood.coachdesk.model.WireValue;

/**
 * How values are stored in cache columns. Timestamps are UTC ISO-8601 text with exactly six
 * fractional digits (PostgreSQL's precision): the server's instant survives exactly and the text
 * sorts in time order, which the sync cursors rely on.
 */
final class Columns {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private Columns() {
    }

    static String timestamp(OffsetDateTime value) {
        if (value != null && ServerTimestamps.isInfinite(value)) {
            // "infinity" sorts after and "-infinity" before every year 0-9999 as text, as PostgreSQL orders them
            return ServerTimestamps.wire(value);
        }
        return value == null ? null : utcText(value.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static String timestamp(Instant value) {
        return value == null ? null : utcText(value.atOffset(ZoneOffset.UTC));
    }

    /**
     * {@link #TIMESTAMP}'s text, written digit by digit for years 0-9999: a first sync formats some 150,000
     * timestamps on the cache writer's thread and the formatter was a quarter of that thread's Java time.
     */
    private static String utcText(OffsetDateTime utc) {
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return TIMESTAMP.format(utc);
        }
        char[] text = new char[27];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, utc.getNano() / 1000, 6);
        text[26] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static OffsetDateTime timestamp(String text) {
        return text == null ? null : ServerTimestamps.parse(text);
    }

    /** Now, truncated to microseconds like PostgreSQL. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        setText(ps, index, value == null ? null : value.toString());
    }

    static void setTimestamp(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
        setText(ps, index, timestamp(value));
    }

    static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        setText(ps, index, value == null ? null : value.toString());
    }

    static void setJson(PreparedStatement ps, int index, JsonNode value) throws SQLException {
        setText(ps, index, CacheJson.write(value));
    }

    static void setWire(PreparedStatement ps, int index, WireValue value) throws SQLException {
        setText(ps, index, value == null ? null : value.wire());
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : UUID.fromString(text);
    }

    static OffsetDateTime timestamp(ResultSet rs, String column) throws SQLException {
        return timestamp(rs.getString(column));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static JsonNode json(ResultSet rs, String column) throws SQLException {
        return CacheJson.read(rs.getString(column));
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
