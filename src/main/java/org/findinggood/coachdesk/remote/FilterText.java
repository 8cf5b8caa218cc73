package org.findinggood.coachdesk.remote;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.findinggood.coachdesk.model.WireValue;

/** PostgREST's text forms for filter values (docs: "Operators", "Reserved characters"). */
final class FilterText {

    private FilterText() {
    }

    /** A value as PostgREST reads it: enums by their wire value, java.time in ISO-8601. */
    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof WireValue wire) {
            return wire.wire();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(java.util.Locale.ROOT);
        }
        return value.toString();
    }

    /**
     * An {@code in.(...)} list. Like postgrest-js, elements containing {@code , ( )} are double-quoted;
     * unlike it, quotes and backslashes inside a quoted element are escaped, as PostgREST's parser expects.
     * Duplicates are dropped (postgrest-js does the same).
     */
    static String inList(Collection<?> values) {
        return new LinkedHashSet<>(values).stream()
                .map(FilterText::value)
                .map(text -> text.matches(".*[,()].*") || text.startsWith("\"") ? quoted(text) : text)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** A value inside {@code or=(...)}/{@code and=(...)}: quoted when it holds {@code , . : ( )}, quotes, backslashes or edge spaces. */
    static String logicValue(Object value) {
        String text = value(value);
        boolean reserved = text.matches(".*[,.:()\"\\\\].*") || !text.equals(text.strip()) || text.isEmpty();
        return reserved ? quoted(text) : text;
    }

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String identifier(String column) {
        if (!column.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain column name: " + column);
        }
        return column;
    }
}
