package org.findinggood.coachdesk.remote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An immutable PostgREST request on one table: every method returns a new query. Encodes like
 * {@code @supabase/postgrest-js} does (checked by {@code PostgrestWireFormatTest}): filters as
 * {@code column=op.value}, {@code or=(...)}, {@code order=a.desc.nullslast,b.asc}, {@code limit}/{@code offset}.
 * The server caps a response at its {@code max-rows} (1,000 on Supabase): read big tables with
 * {@link #forEachPage} or {@link #listAll}, which page by key.
 */
public final class PostgrestQuery {

    private final PostgrestClient client;
    private final String table;
    private final String select;
    private final List<Map.Entry<String, String>> filters;
    private final List<String> orders;
    private final Integer limit;
    private final Integer offset;

    PostgrestQuery(PostgrestClient client, String table) {
        this(client, FilterText.identifier(table), "*", List.of(), List.of(), null, null);
    }

    private PostgrestQuery(PostgrestClient client, String table, String select, List<Map.Entry<String, String>> filters,
            List<String> orders, Integer limit, Integer offset) {
        this.client = client;
        this.table = table;
        this.select = select;
        this.filters = List.copyOf(filters);
        this.orders = List.copyOf(orders);
        this.limit = limit;
        this.offset = offset;
    }

    public String table() {
        return table;
    }

    /** Columns to return; default {@code *}. Whitespace is removed as postgrest-js does. */
    public PostgrestQuery select(String... columns) {
        String joined = columns.length == 0 ? "*" : String.join(",", columns).replaceAll("\\s+", "");
        return new PostgrestQuery(client, table, joined, filters, orders, limit, offset);
    }

    public PostgrestQuery eq(String column, Object value) {
        return filter(column, "eq." + FilterText.value(value));
    }

    public PostgrestQuery neq(String column, Object value) {
        return filter(column, "neq." + FilterText.value(value));
    }

    public PostgrestQuery gt(String column, Object value) {
        return filter(column, "gt." + FilterText.value(value));
    }

    public PostgrestQuery gte(String column, Object value) {
        return filter(column, "gte." + FilterText.value(value));
    }

    public PostgrestQuery lt(String column, Object value) {
        return filter(column, "lt." + FilterText.value(value));
    }

    public PostgrestQuery lte(String column, Object value) {
        return filter(column, "lte." + FilterText.value(value));
    }

    /** SQL LIKE; {@code *} may stand for {@code %} (PostgREST translates it). */
    public PostgrestQuery like(String column, String pattern) {
        return filter(column, "like." + pattern);
    }

    public PostgrestQuery ilike(String column, String pattern) {
        return filter(column, "ilike." + pattern);
    }

    public PostgrestQuery in(String column, Collection<?> values) {
        return filter(column, "in." + FilterText.inList(values));
    }

    /** {@code is.null} when {@code value} is null, else {@code is.true}/{@code is.false}. */
    public PostgrestQuery is(String column, Boolean value) {
        return filter(column, "is." + (value == null ? "null" : value.toString()));
    }

    /** {@code not.<operator>.<value>}, value in PostgREST syntax (as postgrest-js's {@code not}). */
    public PostgrestQuery not(String column, String operator, Object value) {
        return filter(column, "not." + operator + "." + FilterText.value(value));
    }

    /** Raw group as postgrest-js's {@code or("a.eq.1,b.eq.2")}: the caller quotes values. */
    public PostgrestQuery or(String rawConditions) {
        return param("or", "(" + rawConditions + ")");
    }

    public PostgrestQuery or(Condition... conditions) {
        return param("or", Condition.group(conditions));
    }

    public PostgrestQuery and(Condition... conditions) {
        return param("and", Condition.group(conditions));
    }

    public PostgrestQuery order(String column) {
        return order(column, Order.ASC, Nulls.DEFAULT);
    }

    public PostgrestQuery order(String column, Order direction) {
        return order(column, direction, Nulls.DEFAULT);
    }

    /** Adds a sort key after the existing ones. */
    public PostgrestQuery order(String column, Order direction, Nulls nulls) {
        String term = FilterText.identifier(column) + (direction == Order.ASC ? ".asc" : ".desc")
                + (nulls == Nulls.FIRST ? ".nullsfirst" : nulls == Nulls.LAST ? ".nullslast" : "");
        List<String> next = new ArrayList<>(orders);
        next.add(term);
        return new PostgrestQuery(client, table, select, filters, next, limit, offset);
    }

    public PostgrestQuery limit(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        return new PostgrestQuery(client, table, select, filters, orders, rows, offset);
    }

    public PostgrestQuery offset(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        return new PostgrestQuery(client, table, select, filters, orders, limit, rows);
    }

    /** Rows {@code from}..{@code to}, both inclusive and 0-based (sent as offset/limit, as postgrest-js does). */
    public PostgrestQuery range(int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("range needs 0 <= from <= to");
        }
        return new PostgrestQuery(client, table, select, filters, orders, to - from + 1, from);
    }

    // ---- terminal operations -------------------------------------------------------------------------

    /** {@code GET}: the rows of this query, at most the server's max-rows. */
    public <T> List<T> list(Class<T> type) {
        return client.list(this, type, false).rows();
    }

    /**
     * {@code GET}: the rows of this query that can be read into {@code type}, and the others with their top-level
     * string fields {@code keys}, so one row the client cannot read does not stop the rest ({@link ReadRows}).
     */
    public <T> ReadRows<T> listReadable(Class<T> type, java.util.Set<String> keys) {
        return client.listReadable(this, type, keys, false);
    }

    /** {@link #listReadable} with {@code Prefer: count=exact}. */
    public <T> ReadRows<T> listReadableWithCount(Class<T> type, java.util.Set<String> keys) {
        return client.listReadable(this, type, keys, true);
    }

    /** {@code GET} with {@code Prefer: count=exact}: the rows and the total matching the filters. */
    public <T> Counted<T> listWithCount(Class<T> type) {
        return client.list(this, type, true);
    }

    /** Every matching row, paged by {@code keyColumns} (unique, non-null, ascending) past the server's cap. */
    public <T> List<T> listAll(Class<T> type, String... keyColumns) {
        List<T> all = new ArrayList<>();
        client.forEachPage(this, client.maxRows(), List.of(keyColumns), type, all::addAll);
        return all;
    }

    /** See {@link PostgrestClient#forEachPage}. */
    public <T> long forEachPage(int pageSize, List<String> keyColumns, Class<T> type, Consumer<List<T>> page) {
        return client.forEachPage(this, pageSize, keyColumns, type, page);
    }

    /** {@code HEAD} with {@code Prefer: count=exact}: how many rows match, read from {@code Content-Range}. */
    public long count() {
        return client.count(this);
    }

    /** {@code POST}: inserts one row or a list; returns the stored rows (defaults and triggers applied). Not retried. */
    public <T> List<T> insert(Object rowOrRows, Class<T> type) {
        return client.write(this, "POST", rowOrRows, type, List.of("return=representation"), null, false);
    }

    /** {@code POST} with {@code Prefer: resolution=merge-duplicates}: insert or update on {@code onConflict} (comma-separated columns; null = primary key). Retried: it is idempotent. */
    public <T> List<T> upsert(Object rowOrRows, String onConflict, Class<T> type) {
        return client.write(this, "POST", rowOrRows, type, List.of("resolution=merge-duplicates", "return=representation"),
                onConflict, true);
    }

    /** {@code PATCH} on the filtered rows; returns the updated rows, so an empty list means no row matched. */
    public <T> List<T> update(Object patch, Class<T> type) {
        requireFilter("update");
        return client.write(this, "PATCH", patch, type, List.of("return=representation"), null, false);
    }

    /** {@code DELETE} on the filtered rows; returns the deleted rows. Retried: deleting twice deletes the same. */
    public <T> List<T> delete(Class<T> type) {
        requireFilter("delete");
        return client.write(this, "DELETE", null, type, List.of("return=representation"), null, true);
    }

    private void requireFilter(String what) {
        if (filters.isEmpty()) {
            throw new IllegalStateException("Refusing to " + what + " every row of " + table + ": add a filter");
        }
    }

    // ---- encoding --------------------------------------------------------------------------------------

    /** Query parameters in the order sent: select, filters, order, limit, offset. */
    public List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        all.add(Map.entry("select", select));
        all.addAll(filters);
        if (!orders.isEmpty()) {
            all.add(Map.entry("order", String.join(",", orders)));
        }
        if (offset != null) {
            all.add(Map.entry("offset", offset.toString()));
        }
        if (limit != null) {
            all.add(Map.entry("limit", limit.toString()));
        }
        return all;
    }

    List<Map.Entry<String, String>> filters() {
        return filters;
    }

    String selectColumns() {
        return select;
    }

    /** The same filters and columns, with new order/limit and no offset: the base of one keyset page. */
    PostgrestQuery pageOf(List<String> keyColumns, int pageSize, List<Map.Entry<String, String>> afterKey) {
        List<Map.Entry<String, String>> nextFilters = new ArrayList<>(filters);
        nextFilters.addAll(afterKey);
        List<String> keyOrder = keyColumns.stream().map(column -> FilterText.identifier(column) + ".asc").toList();
        return new PostgrestQuery(client, table, select, nextFilters, keyOrder, pageSize, null);
    }

    private PostgrestQuery filter(String column, String expression) {
        return param(FilterText.identifier(column), expression);
    }

    private PostgrestQuery param(String name, String value) {
        List<Map.Entry<String, String>> next = new ArrayList<>(filters);
        next.add(Map.entry(name, value));
        return new PostgrestQuery(client, table, select, next, orders, limit, offset);
    }

    @Override
    public String toString() {
        return "PostgrestQuery[" + table + "]"; // parameters may hold personal data
    }
}
