package org.findinggood.coachdesk.remote;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One term of an {@code or=(...)} / {@code and=(...)} group, rendered in PostgREST's logical-operator
 * syntax ({@code column.op.value}, nested {@code and(...)}/{@code or(...)}) with values quoted as the docs ask.
 */
public final class Condition {

    private final String text;

    private Condition(String text) {
        this.text = text;
    }

    public static Condition eq(String column, Object value) {
        return op(column, "eq", value);
    }

    public static Condition neq(String column, Object value) {
        return op(column, "neq", value);
    }

    public static Condition gt(String column, Object value) {
        return op(column, "gt", value);
    }

    public static Condition gte(String column, Object value) {
        return op(column, "gte", value);
    }

    public static Condition lt(String column, Object value) {
        return op(column, "lt", value);
    }

    public static Condition lte(String column, Object value) {
        return op(column, "lte", value);
    }

    public static Condition like(String column, String pattern) {
        return op(column, "like", pattern);
    }

    public static Condition ilike(String column, String pattern) {
        return op(column, "ilike", pattern);
    }

    public static Condition in(String column, Collection<?> values) {
        return new Condition(FilterText.identifier(column) + ".in." + FilterText.inList(values));
    }

    /** {@code is.null}, {@code is.true}, {@code is.false}. */
    public static Condition is(String column, Boolean value) {
        return new Condition(FilterText.identifier(column) + ".is." + (value == null ? "null" : value.toString()));
    }

    public static Condition and(Condition... terms) {
        return new Condition("and" + group(terms));
    }

    public static Condition or(Condition... terms) {
        return new Condition("or" + group(terms));
    }

    /** The group body as sent in {@code or=}/{@code and=}: {@code (a.eq.1,b.gt.2)}. */
    static String group(Condition... terms) {
        if (terms.length == 0) {
            throw new IllegalArgumentException("An and/or group needs at least one condition");
        }
        return Arrays.stream(terms).map(Condition::text).collect(Collectors.joining(",", "(", ")"));
    }

    private static Condition op(String column, String operator, Object value) {
        return new Condition(FilterText.identifier(column) + "." + operator + "." + FilterText.logicValue(value));
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
