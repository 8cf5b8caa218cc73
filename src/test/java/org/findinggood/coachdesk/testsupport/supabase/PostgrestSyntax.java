package org.findinggood.coachdesk.testsupport.supabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PostgREST's URL grammar for filters, turned into parameterised SQL over one {@link TableInfo}.
 * Follows docs.postgrest.org "Tables and Views > Horizontal filtering" (operators eq neq gt gte lt lte
 * like ilike in is, {@code not.} negation, {@code *} as the LIKE wildcard), "Logical operators"
 * ({@code or=(...)}, {@code and=(...)}, nesting, {@code not.or}) and "URL grammar > Reserved characters"
 * (values with {@code , . : ( )} in double quotes, backslash escapes inside them).
 * Column names are checked against the catalog; values only ever travel as parameters.
 */
final class PostgrestSyntax {

    private static final Map<String, String> COMPARISONS = Map.of(
            "eq", "=", "neq", "<>", "gt", ">", "gte", ">=", "lt", "<", "lte", "<=");

    private final TableInfo table;

    PostgrestSyntax(TableInfo table) {
        this.table = table;
    }

    /** A {@code column=[not.]op.value} query parameter. */
    SqlFragment filter(String column, String expression) throws RestError {
        requireColumn(column);
        boolean negate = expression.startsWith("not.");
        String rest = negate ? expression.substring(4) : expression;
        int dot = rest.indexOf('.');
        if (dot < 0) {
            throw RestError.parse("\"failed to parse filter (" + expression + ")\"", "unexpected end of input expecting operator");
        }
        String operator = rest.substring(0, dot);
        String value = rest.substring(dot + 1);
        SqlFragment condition = operator.equals("in")
                ? in(column, new Cursor(value, expression).list())
                : compare(column, operator, value, expression);
        return negate ? condition.wrap("NOT (", ")") : condition;
    }

    /** An {@code or}/{@code and}/{@code not.or}/{@code not.and} query parameter whose value is {@code (...)}. */
    SqlFragment logic(String key, String value) throws RestError {
        boolean negate = key.startsWith("not.");
        String operator = negate ? key.substring(4) : key;
        Cursor cursor = new Cursor(value, key + "=" + value);
        SqlFragment group = group(operator, cursor);
        cursor.end();
        return negate ? group.wrap("NOT (", ")") : group;
    }

    private SqlFragment group(String operator, Cursor cursor) throws RestError {
        cursor.expect('(');
        List<SqlFragment> terms = new ArrayList<>();
        terms.add(term(cursor));
        while (cursor.peek() == ',') {
            cursor.next();
            terms.add(term(cursor));
        }
        cursor.expect(')');
        return SqlFragment.join(operator.equals("or") ? " OR " : " AND ", terms).wrap("(", ")");
    }

    private SqlFragment term(Cursor cursor) throws RestError {
        boolean negate = cursor.consume("not.");
        if (cursor.lookingAt("and(") || cursor.lookingAt("or(")) {
            String operator = cursor.lookingAt("and(") ? "and" : "or";
            cursor.skip(operator.length());
            SqlFragment group = group(operator, cursor);
            return negate ? group.wrap("NOT ", "") : group;
        }
        String column = cursor.until('.');
        cursor.expect('.');
        requireColumn(column);
        boolean negateOperator = cursor.consume("not.");
        String operator = cursor.until('.');
        cursor.expect('.');
        SqlFragment condition = operator.equals("in")
                ? in(column, cursor.list())
                : compare(column, operator, cursor.value(), cursor.source);
        return negate || negateOperator ? condition.wrap("NOT (", ")") : condition;
    }

    private SqlFragment compare(String column, String operator, String value, String source) throws RestError {
        String type = table.columnTypes().get(column);
        String sqlOperator = COMPARISONS.get(operator);
        if (sqlOperator != null) {
            return SqlFragment.of(table.column(column) + " " + sqlOperator + " CAST(? AS " + type + ")", value);
        }
        switch (operator) {
            case "like":
            case "ilike":
                return SqlFragment.of(table.column(column) + "::text " + operator.toUpperCase(Locale.ROOT) + " ?",
                        value.replace('*', '%'));
            case "is":
                String what = value.toLowerCase(Locale.ROOT);
                if (!List.of("null", "true", "false", "unknown").contains(what)) {
                    throw RestError.parse("\"failed to parse filter (is." + value + ")\"",
                            "unexpected \"" + value + "\" expecting null or trilean value (unknown, true, false)");
                }
                return SqlFragment.of(table.column(column) + " IS " + what.toUpperCase(Locale.ROOT));
            default:
                throw RestError.parse("\"failed to parse filter (" + operator + "." + value + ")\" (" + source + ")",
                        "unexpected \"" + operator + "\" expecting an operator");
        }
    }

    private SqlFragment in(String column, List<String> values) {
        if (values.isEmpty()) {
            return SqlFragment.of("false");
        }
        String type = table.columnTypes().get(column);
        List<SqlFragment> items = new ArrayList<>();
        for (String value : values) {
            items.add(SqlFragment.of("CAST(? AS " + type + ")", value));
        }
        return SqlFragment.join(", ", items).wrap(table.column(column) + " IN (", ")");
    }

    /** {@code order=a.desc.nullslast,b} (docs: "Ordering"). */
    String orderBy(String order) throws RestError {
        List<String> terms = new ArrayList<>();
        for (String term : order.split(",")) {
            String[] parts = term.split("\\.");
            requireColumn(parts[0]);
            StringBuilder sql = new StringBuilder(table.column(parts[0]));
            for (int i = 1; i < parts.length; i++) {
                switch (parts[i]) {
                    case "asc" -> sql.append(" ASC");
                    case "desc" -> sql.append(" DESC");
                    case "nullsfirst" -> sql.append(" NULLS FIRST");
                    case "nullslast" -> sql.append(" NULLS LAST");
                    default -> throw RestError.parse("\"failed to parse order (" + order + ")\"",
                            "unexpected \"" + parts[i] + "\" expecting \"asc\", \"desc\", \"nullsfirst\" or \"nullslast\"");
                }
            }
            terms.add(sql.toString());
        }
        return String.join(", ", terms);
    }

    /** {@code select=a,b} or {@code *} (no embedding, renaming or casts: Coach Desk does not use them). */
    String selectList(String select) throws RestError {
        if (select == null || select.isBlank() || select.equals("*")) {
            return "*";
        }
        List<String> columns = new ArrayList<>();
        for (String column : select.split(",")) {
            if (column.equals("*")) {
                columns.add("*");
                continue;
            }
            requireColumn(column);
            columns.add(TableInfo.quote(column));
        }
        return String.join(", ", columns);
    }

    void requireColumn(String column) throws RestError {
        if (!table.has(column)) {
            throw RestError.unknownColumn(table.name(), column);
        }
    }

    /** Reads the logical-operator grammar character by character. */
    private static final class Cursor {
        final String text;
        final String source;
        int at;

        Cursor(String text, String source) {
            this.text = text;
            this.source = source;
        }

        char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        char next() {
            return text.charAt(at++);
        }

        boolean lookingAt(String prefix) {
            return text.startsWith(prefix, at);
        }

        boolean consume(String prefix) {
            if (lookingAt(prefix)) {
                at += prefix.length();
                return true;
            }
            return false;
        }

        void skip(int count) {
            at += count;
        }

        void expect(char c) throws RestError {
            if (peek() != c) {
                throw RestError.parse("\"failed to parse logic tree (" + source + ")\" (line 1, column " + (at + 1) + ")",
                        "unexpected " + (at < text.length() ? "\"" + peek() + "\"" : "end of input") + " expecting \"" + c + "\"");
            }
            at++;
        }

        void end() throws RestError {
            if (at != text.length()) {
                throw RestError.parse("\"failed to parse logic tree (" + source + ")\" (line 1, column " + (at + 1) + ")",
                        "unexpected \"" + peek() + "\" expecting end of input");
            }
        }

        String until(char stop) {
            int start = at;
            while (at < text.length() && text.charAt(at) != stop && text.charAt(at) != ',' && text.charAt(at) != ')') {
                at++;
            }
            return text.substring(start, at);
        }

        /** A value inside a group: quoted (backslash escapes) or up to the next {@code ,} or {@code )}. */
        String value() throws RestError {
            if (peek() == '"') {
                return quoted();
            }
            int start = at;
            while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != ')') {
                at++;
            }
            return text.substring(start, at);
        }

        /** {@code (a,"b,c",d)}: the in-list grammar. */
        List<String> list() throws RestError {
            expect('(');
            List<String> values = new ArrayList<>();
            if (peek() == ')') {
                next();
                return values;
            }
            values.add(value());
            while (peek() == ',') {
                next();
                values.add(value());
            }
            expect(')');
            return values;
        }

        private String quoted() throws RestError {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (at < text.length() && text.charAt(at) != '"') {
                char c = next();
                if (c == '\\' && at < text.length()) {
                    c = next();
                }
                value.append(c);
            }
            expect('"');
            return value.toString();
        }
    }
}
