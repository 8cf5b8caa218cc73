package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer.Call;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request encoding equals what Supabase's own client sends: {@code src/test/js/postgrest-wire/record-requests.mjs}
 * builds a table of queries with {@code @supabase/postgrest-js} (fetch replaced by a recorder), and the same
 * queries built with {@link PostgrestClient} are captured on a real loopback socket. Method, path, decoded
 * query parameters (as a multiset), Prefer preferences and JSON bodies must match for every query.
 */
class PostgrestWireFormatTest {

    private static final Path WIRE = Path.of("src/test/js/postgrest-wire");
    private static final String ID = "8b0d1d1e-4c59-4a51-9b55-2b6b7d3ad0a1";
    private static final String COACH = "7d3c1c52-0d0a-4a57-9f0e-3b1f4f5e2a10";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ScriptedServer server;
    private static PostgrestClient client;

    @BeforeAll
    static void start() {
        server = ScriptedServer.start().answer(call -> Reply.of(200,
                Map.of("Content-Type", "application/json", "Content-Range", "*/0"), "[]"));
        SupabaseProject project = new SupabaseProject(server.baseUrl(), "anon-key");
        client = new PostgrestClient(project, AccessTokens.anonymous(project),
                new RemoteHttp(RemoteHttp.defaultClient(), RetryPolicy.none(), RemoteJson.newMapper()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    /** The same table as record-requests.mjs, name for name. */
    private static Map<String, Consumer<PostgrestClient>> javaQueries() {
        Map<String, Consumer<PostgrestClient>> cases = new LinkedHashMap<>();
        cases.put("select_all", c -> c.from("agreed_activities").list(JsonNode.class));
        cases.put("select_columns", c -> c.from("agreed_activities").select("id", " client_email", "  status").list(JsonNode.class));
        cases.put("eq_special_characters", c -> c.from("agreed_activities")
                .eq("activity_text", "Call O'Brien, then (maybe) \"lunch\" & 50% + more? #1 é").list(JsonNode.class));
        cases.put("comparisons", c -> c.from("weekly_snapshots").neq("client_email", "a@x.org").gt("week_number", 3)
                .gte("created_at", "2026-11-25T01:00:00+00:00").lt("week_number", 40).lte("week_start", "2026-11-23")
                .list(JsonNode.class));
        cases.put("like_ilike", c -> c.from("agreed_activities").like("activity_text", "*50%*")
                .ilike("client_email", "*@Example.ORG").list(JsonNode.class));
        cases.put("in_with_commas_and_quotes", c -> c.from("coaching_relationships").in("client_email",
                List.of("a@x.org", "b,c@x.org", "o'brien@x.org", "say \"hi\"@x.org", "(paren)@x.org", "a@x.org")).list(JsonNode.class));
        cases.put("in_numbers", c -> c.from("weekly_snapshots").in("week_number", List.of(1, 2, 3)).list(JsonNode.class));
        cases.put("is_null_and_not", c -> c.from("coaching_relationships").is("ended_at", null).not("started_at", "is", null)
                .list(JsonNode.class));
        cases.put("is_boolean", c -> c.from("predictions").is("share_to_feed", true).list(JsonNode.class));
        cases.put("or_group", c -> c.from("coaching_relationships").or(Condition.eq("status", "active"),
                Condition.and(Condition.eq("status", "paused"), Condition.is("ended_at", null))).list(JsonNode.class));
        cases.put("or_with_quoted_values", c -> c.from("coaches").or(Condition.eq("name", "Smith, J. (Jr)"),
                Condition.eq("email", "a.b@x.org")).list(JsonNode.class));
        cases.put("coach_scope_and_keyset", c -> c.from("agreed_activities")
                .in("client_email", List.of("a@x.org", "b@x.org"))
                .or(Condition.eq("coach_id", COACH), Condition.is("coach_id", null))
                .or(Condition.gt("updated_at", "2026-11-25T01:00:00.123456Z"),
                        Condition.and(Condition.eq("updated_at", "2026-11-25T01:00:00.123456Z"), Condition.gt("id", ID)))
                .order("updated_at").order("id").limit(1000).list(JsonNode.class));
        cases.put("order_with_nulls", c -> c.from("agreed_activities").order("updated_at", Order.DESC, Nulls.LAST)
                .order("coach_notes", Order.ASC, Nulls.FIRST).order("id").list(JsonNode.class));
        cases.put("range", c -> c.from("weekly_snapshots").order("id").range(1000, 1999).list(JsonNode.class));
        cases.put("limit", c -> c.from("weekly_snapshots").limit(50).list(JsonNode.class));
        cases.put("count_head", c -> c.from("weekly_snapshots").eq("client_email", "a@x.org").count());
        cases.put("count_with_rows", c -> c.from("weekly_snapshots").limit(5).listWithCount(JsonNode.class));
        cases.put("insert_one", c -> c.from("agreed_activities").insert(
                row("client_email", "a@x.org", "coach_id", COACH, "activity_text", "Walk, daily"), JsonNode.class));
        cases.put("insert_batch", c -> c.from("agreed_activities").insert(List.of(
                row("client_email", "a@x.org", "activity_text", "one"),
                row("client_email", "b@x.org", "activity_text", "two", "coach_notes", "private")), JsonNode.class));
        cases.put("upsert_on_conflict", c -> c.from("rolling_aggregates").upsert(
                List.of(row("client_email", "a@x.org", "coach_id", COACH, "total_weeks", 4)), "client_email,coach_id", JsonNode.class));
        cases.put("update_filtered", c -> c.from("agreed_activities").eq("id", ID)
                .eq("updated_at", "2026-11-25T01:00:00.123456+00:00")
                .update(row("status", "resolved", "coach_notes", null), JsonNode.class));
        cases.put("delete_filtered", c -> c.from("agreed_activities").eq("id", ID).delete(JsonNode.class));
        return cases;
    }

    /** What one request looks like on the wire, normalised for comparison. */
    record Wire(String method, String path, List<String> query, Set<String> prefer, JsonNode body) {
    }

    @Test
    void everyQueryIsEncodedAsPostgrestJsEncodesIt() throws Exception {
        Map<String, Wire> official = officialRequests();
        Map<String, Consumer<PostgrestClient>> queries = javaQueries();
        assertThat(official.keySet()).as("both sides list the same queries").containsExactlyInAnyOrderElementsOf(queries.keySet());

        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Consumer<PostgrestClient>> query : queries.entrySet()) {
            int before = server.calls().size();
            query.getValue().accept(client);
            List<Call> calls = server.calls();
            assertThat(calls).as(query.getKey() + " sends exactly one request").hasSize(before + 1);
            Call call = calls.get(before);
            Wire java = new Wire(call.method(), call.path(), decodedPairs(call.rawQuery()), preferences(call.header("Prefer")),
                    call.body().isEmpty() ? null : JSON.readTree(call.body()));
            Wire js = official.get(query.getKey());
            if (!java.equals(js)) {
                mismatches.add(query.getKey() + ":\n  postgrest-js " + js + "\n  java         " + java);
            }
        }
        assertThat(mismatches).as("queries encoded differently from postgrest-js").isEmpty();
        assertThat(official).hasSizeGreaterThanOrEqualTo(20);
    }

    private static Map<String, Wire> officialRequests() throws IOException, InterruptedException {
        Assumptions.assumeTrue(nodeAvailable(), "node is not installed: the postgrest-js wire comparison needs it (apt-get install nodejs npm)");
        assertThat(WIRE.resolve("node_modules/@supabase/postgrest-js"))
                .as("postgrest-js is not installed; run: (cd src/test/js/postgrest-wire && npm ci)").exists();
        Process node = new ProcessBuilder("node", "record-requests.mjs").directory(WIRE.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(node.exitValue()).as("node record-requests.mjs exit code").isZero();
        Map<String, Wire> requests = new HashMap<>();
        for (JsonNode recorded : JSON.readTree(output)) {
            URI url = URI.create(recorded.get("url").asText());
            JsonNode body = recorded.get("body").isNull() ? null : JSON.readTree(recorded.get("body").asText());
            requests.put(recorded.get("name").asText(), new Wire(recorded.get("method").asText(), url.getRawPath(),
                    decodedPairs(url.getRawQuery()), preferences(recorded.get("prefer").isNull() ? null : recorded.get("prefer").asText()),
                    body));
        }
        return requests;
    }

    private static boolean nodeAvailable() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException | InterruptedException missing) {
            return false;
        }
    }

    /** Decoded {@code key=value} pairs, sorted: the order of parameters carries no meaning to PostgREST. */
    private static List<String> decodedPairs(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> {
                    int eq = pair.indexOf('=');
                    return URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8) + "="
                            + URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                })
                .sorted().collect(Collectors.toList());
    }

    private static Set<String> preferences(String header) {
        Set<String> tokens = new TreeSet<>();
        if (header != null) {
            Arrays.stream(header.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(tokens::add);
        }
        return tokens;
    }
}
