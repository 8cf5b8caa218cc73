package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.findinggood.coachdesk.model.WireValue;

/**
 * One row's statement parameters already turned into what the cache stores (text, integers, nulls). Made on
 * the thread that read the row, so the one cache writer only hands them to SQLite: converting timestamps and
 * writing JSON columns was about half of that writer's time in a first sync.
 */
final class RowValues {

    private final Object[] values;

    RowValues(int columns) {
        this.values = new Object[columns];
    }

    void text(int index, String value) {
        values[index - 1] = value;
    }

    void uuid(int index, UUID value) {
        text(index, value == null ? null : value.toString());
    }

    void timestamp(int index, OffsetDateTime value) {
        text(index, Columns.timestamp(value));
    }

    void date(int index, LocalDate value) {
        text(index, value == null ? null : value.toString());
    }

    void json(int index, JsonNode value) {
        text(index, CacheJson.write(value));
    }

    void wire(int index, WireValue value) {
        text(index, value == null ? null : value.wire());
    }

    void integer(int index, Integer value) {
        values[index - 1] = value;
    }

    /** {@code column = value} per column, for the details of a row the cache refused. */
    String describe(java.util.List<String> columns) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length && i < columns.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = ").append(values[i]);
        }
        return text.toString();
    }

    void bindTo(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (value instanceof Integer number) {
                ps.setInt(i + 1, number);
            } else {
                ps.setString(i + 1, (String) value);
            }
        }
    }
}
