package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgREST ({@code /rest/v1}) over OkHttp and Jackson. Every request carries {@code apikey} and
 * {@code Authorization: Bearer}; a 401 from PostgREST refreshes the token once and repeats the request (the
 * server did nothing with a refused token, so repeating is safe even for writes).
 */
public final class PostgrestClient {

    /** Supabase's default {@code max-rows}. */
    public static final int SUPABASE_MAX_ROWS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(PostgrestClient.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final SupabaseProject project;
    private final AccessTokens tokens;
    private final RemoteHttp http;
    private final ObjectMapper json;
    private final int maxRows;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public PostgrestClient(SupabaseProject project, AccessTokens tokens, RemoteHttp http) {
        this(project, tokens, http, SUPABASE_MAX_ROWS);
    }

    /** {@code maxRows}: the server's row cap; keyset pages are never larger. */
    public PostgrestClient(SupabaseProject project, AccessTokens tokens, RemoteHttp http, int maxRows) {
        this.project = project;
        this.tokens = tokens;
        this.http = http;
        this.json = http.json();
        this.maxRows = maxRows;
    }

    public PostgrestQuery from(String table) {
        return new PostgrestQuery(this, table);
    }

    public int maxRows() {
        return maxRows;
    }

    /** Runs a sync round with a time limit on its requests ({@link RemoteHttp#withinRound}). */
    public void withinRound(java.time.Duration limit, Runnable round) {
        http.withinRound(limit, round);
    }

    /**
     * Reads every row matching {@code query} in pages of at most {@code pageSize} rows (and never more than
     * the server's cap), ordered by {@code keyColumns} ascending, each page starting after the last key seen
     * ("keyset" paging: stable while rows are added, and as fast on page 100 as on page 1). The key columns
     * must be unique together and never null. Returns the number of rows delivered.
     */
    public <T> long forEachPage(PostgrestQuery query, int pageSize, List<String> keyColumns, Class<T> type,
            Consumer<List<T>> page) {
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("Keyset paging needs at least one key column");
        }
        Set<String> selected = Set.of(query.selectColumns().split(","));
        if (!selected.contains("*") && !selected.containsAll(keyColumns)) {
            throw new IllegalArgumentException("select(...) must include the key columns " + keyColumns);
        }
        int size = Math.max(1, Math.min(pageSize, maxRows));
        List<Map.Entry<String, String>> after = List.of();
        long delivered = 0;
        while (true) {
            PostgrestQuery pageQuery = query.pageOf(keyColumns, size, after);
            RemoteResponse response = send("GET", url(pageQuery, null, null), null, List.of(), true);
            ArrayNode rows = array(response);
            if (rows.isEmpty()) {
                return delivered;
            }
            List<Map.Entry<String, String>> next = afterKey(keyColumns, rows.get(rows.size() - 1), response);
            if (next.equals(after)) {
                throw new BadResponseException("The server repeated a page of " + query.table() + " instead of sending "
                        + "the next one, so the read stopped; try again later.", ServerError.of(response.status(), null));
            }
            page.accept(convert(rows, type, response));
            delivered += rows.size();
            // Only an empty page ends the read: a project's "Max rows" below the asked size cuts every page short
            // without saying so (PostgREST db-max-rows), so a short page proves nothing.
            after = next;
        }
    }

    <T> Counted<T> list(PostgrestQuery query, Class<T> type, boolean withCount) {
        List<String> prefer = withCount ? List.of("count=exact") : List.of();
        RemoteResponse response = send("GET", url(query, null, null), null, prefer, true);
        List<T> rows = rows(response, type);
        if (!withCount && rows.size() == maxRows) {
            LOG.debug("GET {} returned {} rows, the server's cap; use forEachPage for complete reads", query.table(), maxRows);
        }
        // The count is a bonus for progress and paging: a proxy or gateway that drops Content-Range, or a
        // server that answers "*" (PostgREST without count, or count=estimated), must not fail the read.
        return new Counted<>(rows, withCount ? total(response, false) : OptionalLong.empty());
    }

    /**
     * The rows of {@code query}; a row that cannot be read into {@code type} does not fail the page but comes back
     * as an {@link UnreadableRow} with its top-level string fields {@code keys} (its id, its cursor column).
     */
    <T> ReadRows<T> listReadable(PostgrestQuery query, Class<T> type, Set<String> keys, boolean withCount) {
        RemoteResponse response = send("GET", url(query, null, null), null,
                withCount ? List.of("count=exact") : List.of(), true);
        OptionalLong total = withCount ? total(response, false) : OptionalLong.empty();
        try {
            List<T> rows = readers.computeIfAbsent(type, json::readerForListOf).readValue(response.bytes());
            if (rows != null && !rows.contains(null)) {
                return new ReadRows<>(rows, List.of(), rows.size(), total);
            }
        } catch (IOException | IllegalArgumentException someRowDoesNotFit) {
            // row by row below
        }
        byte[] body = response.bytes();
        List<int[]> ranges = JsonArrayRows.split(body);
        if (ranges == null) {
            throw bad(response, "a JSON array of rows");
        }
        ObjectReader one = json.readerFor(type);
        List<T> rows = new ArrayList<>(ranges.size());
        List<UnreadableRow> unreadable = new ArrayList<>();
        for (int index = 0; index < ranges.size(); index++) {
            int[] range = ranges.get(index);
            String error;
            try {
                T row = one.readValue(body, range[0], range[1] - range[0]);
                if (row != null) {
                    rows.add(row);
                    continue;
                }
                error = "the row is null";
            } catch (IOException | IllegalArgumentException wrong) {
                error = describe(wrong);
            }
            int length = Math.min(range[1] - range[0], UnreadableRow.MAX_RAW * 4);
            String raw = new String(body, range[0], length, java.nio.charset.StandardCharsets.UTF_8);
            unreadable.add(new UnreadableRow(index, JsonArrayRows.topLevelStrings(body, range[0], range[1], keys),
                    raw.length() > UnreadableRow.MAX_RAW ? raw.substring(0, UnreadableRow.MAX_RAW) : raw, error));
        }
        return new ReadRows<>(rows, unreadable, ranges.size(), total);
    }

    /** Why a row could not be read, without the row's text (it may hold personal data). */
    private static String describe(Exception wrong) {
        String message = wrong instanceof JsonProcessingException processing ? processing.getOriginalMessage()
                : wrong.getMessage();
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return wrong.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + (line.length() > 300 ? line.substring(0, 300) : line));
    }

    long count(PostgrestQuery query) {
        RemoteResponse response = send("HEAD", url(query, null, null), null, List.of("count=exact"), true);
        return total(response, true).orElseThrow();
    }

    <T> List<T> write(PostgrestQuery query, String method, Object body, Class<T> type, List<String> prefer,
            String onConflict, boolean idempotent) {
        JsonNode payload = body == null ? null : json.valueToTree(body);
        String columns = null;
        if (payload != null && payload.isArray()) {
            Set<String> names = new LinkedHashSet<>();
            payload.forEach(row -> row.fieldNames().forEachRemaining(names::add));
            if (!names.isEmpty()) {
                columns = names.stream().map(name -> '"' + name + '"').collect(Collectors.joining(","));
            }
        }
        byte[] bytes;
        try {
            bytes = payload == null ? null : json.writeValueAsBytes(payload);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A row could not be written as JSON", impossible);
        }
        RemoteResponse response = send(method, url(query, onConflict, columns), bytes, prefer, idempotent);
        return rows(response, type);
    }

    private HttpUrl url(PostgrestQuery query, String onConflict, String columns) {
        HttpUrl.Builder url = project.restUrl().newBuilder().addPathSegment(query.table());
        if (onConflict != null) {
            url.addQueryParameter("on_conflict", onConflict);
        }
        if (columns != null) {
            url.addQueryParameter("columns", columns);
        }
        for (Map.Entry<String, String> parameter : query.parameters()) {
            url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
        return url.build();
    }

    private RemoteResponse send(String method, HttpUrl url, byte[] body, List<String> prefer, boolean idempotent) {
        Function<String, Request> build = token -> {
            Request.Builder request = new Request.Builder()
                    .url(url)
                    .header("apikey", project.anonKey())
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("X-Client-Info", "coach-desk");
            if (!prefer.isEmpty()) {
                request.header("Prefer", String.join(", ", prefer));
            }
            RequestBody requestBody = body == null
                    ? (method.equals("GET") || method.equals("HEAD") ? null : RequestBody.create(new byte[0], null))
                    : RequestBody.create(body, JSON);
            return request.method(method, requestBody).build();
        };
        String token = tokens.accessToken();
        RemoteResponse response = http.send(build.apply(token), idempotent);
        // A 401 from the API gateway (no PostgREST code: the project key was refused) says nothing about the
        // session; refreshing would be refused the same way and end a session that is still good.
        if (response.status() == 401 && !ApiErrors.isGatewayRejection(response, json)) {
            LOG.info("{} {} was refused with 401; refreshing the session once", method, url.encodedPath());
            response = http.send(build.apply(tokens.refreshAfterRejection(token)), idempotent);
        }
        if (!response.successful()) {
            throw http.failure(response);
        }
        return response;
    }

    private ArrayNode array(RemoteResponse response) {
        JsonNode node;
        try {
            node = json.readTree(response.bytes());
        } catch (IOException notJson) {
            throw bad(response, "a JSON array of rows");
        }
        if (node == null || !node.isArray()) {
            throw bad(response, "a JSON array of rows");
        }
        return (ArrayNode) node;
    }

    /**
     * The response's rows as records. Bound straight from the text (no intermediate tree: a first sync parses
     * 100,000 rows, and the tree doubled the parsing work); when that fails, the tree path finds the exact
     * problem (not an array, or which row does not fit) for the error.
     */
    private <T> List<T> rows(RemoteResponse response, Class<T> type) {
        if (type != JsonNode.class) {
            try {
                List<T> rows = readers.computeIfAbsent(type, json::readerForListOf).readValue(response.bytes());
                if (rows != null) {
                    return rows;
                }
            } catch (IOException | IllegalArgumentException wrongShape) {
                // fall through: convert(array(...)) explains
            }
        }
        return convert(array(response), type, response);
    }

    private <T> List<T> convert(ArrayNode rows, Class<T> type, RemoteResponse response) {
        List<T> typed = new ArrayList<>(rows.size());
        for (Iterator<JsonNode> it = rows.elements(); it.hasNext(); ) {
            JsonNode row = it.next();
            try {
                typed.add(type == JsonNode.class ? type.cast(row) : json.treeToValue(row, type));
            } catch (JsonProcessingException | IllegalArgumentException wrongShape) {
                throw new BadResponseException("A row from " + response.path() + " does not fit " + type.getSimpleName()
                        + " (" + wrongShape.getClass().getSimpleName() + "); the server's schema may have changed.",
                        ServerError.of(response.status(), null), wrongShape);
            }
        }
        return typed;
    }

    private OptionalLong total(RemoteResponse response, boolean required) {
        String range = response.header("Content-Range");
        int slash = range == null ? -1 : range.lastIndexOf('/');
        if (slash < 0) {
            if (required) {
                throw bad(response, "a Content-Range header with the row count");
            }
            return OptionalLong.empty();
        }
        String total = range.substring(slash + 1).trim();
        if (total.equals("*")) {
            if (required) {
                throw bad(response, "a row count in Content-Range");
            }
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(total));
        } catch (NumberFormatException notNumber) {
            if (!required) {
                return OptionalLong.empty();
            }
            throw bad(response, "a numeric row count in Content-Range");
        }
    }

    private static List<Map.Entry<String, String>> afterKey(List<String> keys, JsonNode last, RemoteResponse response) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            JsonNode value = last.get(key);
            if (value == null || value.isNull()) {
                throw new BadResponseException("Cannot page " + response.path() + " by " + key
                        + ": a row has no value there; page by unique, non-null columns.", ServerError.of(response.status(), null));
            }
            values.add(value.isValueNode() ? value.asText() : value.toString());
        }
        if (keys.size() == 1) {
            return List.of(Map.entry(keys.get(0), "gt." + values.get(0)));
        }
        // (k1 > v1) or (k1 = v1 and k2 > v2) or ...
        List<Condition> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<Condition> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(Condition.eq(keys.get(j), values.get(j)));
            }
            terms.add(Condition.gt(keys.get(i), values.get(i)));
            alternatives.add(terms.size() == 1 ? terms.get(0) : Condition.and(terms.toArray(Condition[]::new)));
        }
        return List.of(Map.entry("or", Condition.group(alternatives.toArray(Condition[]::new))));
    }

    private static BadResponseException bad(RemoteResponse response, String expected) {
        return new BadResponseException("The server answered " + response.method() + " " + response.path()
                + " without " + expected + "; the project URL may not point at Supabase's REST API.",
                ServerError.of(response.status(), null));
    }
}
