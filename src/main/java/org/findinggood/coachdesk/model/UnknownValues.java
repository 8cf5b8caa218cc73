package org.findinggood.coachdesk.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Enum values of one row that this version does not know, by column, exactly as the server sent them
 * (a status added on the server after this release, such as {@code archived}). The row's enum field says
 * {@code UNKNOWN}; this keeps the text, so the cache stores and shows what the server has and an edit never
 * writes "unknown" back. Empty for almost every row, and then shared.
 */
public record UnknownValues(Map<String, String> byColumn) {

    public static final UnknownValues NONE = new UnknownValues(Map.of());

    public UnknownValues {
        byColumn = Map.copyOf(byColumn);
    }

    /** These values plus {@code column}'s server text, when {@code parsed} is the unknown constant. */
    public UnknownValues with(String column, WireValue parsed, String serverText) {
        if (!isUnknown(parsed) || serverText == null) {
            return this;
        }
        Map<String, String> more = new HashMap<>(byColumn);
        more.put(column, serverText);
        return new UnknownValues(more);
    }

    public Optional<String> of(String column) {
        return Optional.ofNullable(byColumn.get(column));
    }

    /** The text to store for {@code column}: the server's own for an unknown value, else the value's wire text. */
    public String wire(String column, WireValue value) {
        if (value == null) {
            return null;
        }
        String server = isUnknown(value) ? byColumn.get(column) : null;
        return server != null ? server : value.wire();
    }

    /** How the coach sees the value: its label, or "archived: not known to this version" for an unknown one. */
    public String describe(String column, WireValue value) {
        if (value == null) {
            return "";
        }
        String server = isUnknown(value) ? byColumn.get(column) : null;
        return server != null ? server + ": not known to this version" : value.label();
    }

    private static boolean isUnknown(WireValue value) {
        return value instanceof Enum<?> constant && constant.name().equals("UNKNOWN");
    }
}
