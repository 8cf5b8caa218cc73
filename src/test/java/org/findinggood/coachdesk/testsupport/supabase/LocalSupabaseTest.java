package org.findinggood.coachdesk.testsupport.supabase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins each behaviour of the stand-in to the documentation it follows, with raw HTTP (not Coach Desk's
 * client), so the client's integration tests run against something known to act like Supabase.
 * "PostgREST docs" = docs.postgrest.org v12 "API" reference; "GoTrue" = supabase/auth's README (token, logout, user).
 */
class LocalSupabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");
    private static final String OWNER = "owner.standin@example.org";
    private static final String OTHER = "other.standin@example.org";
    private static final String PASSWORD = "stand-in password 7";

    private static FreshDatabase database;
    private static LocalSupabase supabase;
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static String ownerToken;
    private static String otherToken;

    record Answer(int status, okhttp3.Headers headers, String text) {
        JsonNode json() throws IOException {
            return JSON.readTree(text);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        database = PostgresHarness.freshDatabase();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            // a table with an owner-only policy, to see RLS decide through the stand-in
            sql.execute("create table public.private_notes (id bigint generated always as identity primary key, "
                    + "owner uuid not null default auth.uid(), body text not null, position int)");
            sql.execute("alter table public.private_notes enable row level security");
            sql.execute("create policy owner_only on public.private_notes for all to authenticated "
                    + "using (owner = auth.uid()) with check (owner = auth.uid())");
            sql.execute("grant all on public.private_notes to anon, authenticated");
        }
        supabase = LocalSupabase.start(database);
        supabase.createCoach(OWNER, PASSWORD, "Owner");
        supabase.createUser(OTHER, PASSWORD);
        ownerToken = signIn(OWNER).get("access_token").asText();
        otherToken = signIn(OTHER).get("access_token").asText();
        for (int i = 1; i <= 30; i++) {
            Answer insert = send("POST", "private_notes", ownerToken, "{\"body\":\"note " + i + "\",\"position\":"
                    + (i % 3 == 0 ? "null" : String.valueOf(i)) + "}");
            assertThat(insert.status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        supabase.close();
        database.close();
    }

    private static JsonNode signIn(String email) throws IOException {
        Answer answer = auth("POST", "token?grant_type=password", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static Answer send(String method, String pathAndQuery, String token, String body, String... headers) throws IOException {
        return call(method, "/rest/v1/" + pathAndQuery, token, body, headers);
    }

    private static Answer auth(String method, String pathAndQuery, String token, String body) throws IOException {
        return call(method, "/auth/v1/" + pathAndQuery, token, body);
    }

    private static Answer call(String method, String pathAndQuery, String token, String body, String... headers) throws IOException {
        HttpUrl url = HttpUrl.get(supabase.baseUrl() + pathAndQuery);
        Request.Builder request = new Request.Builder().url(url).header("apikey", supabase.anonKey());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, body == null ? (method.equals("GET") || method.equals("HEAD") ? null
                : RequestBody.create(new byte[0], null)) : RequestBody.create(body, APPLICATION_JSON));
        try (Response response = HTTP.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.headers(), response.body() == null ? "" : response.body().string());
        }
    }

    private static List<String> bodies(Answer answer) throws IOException {
        List<String> bodies = new ArrayList<>();
        answer.json().forEach(row -> bodies.add(row.get("body").asText()));
        return bodies;
    }

    // ---- PostgREST ------------------------------------------------------------------------------------

    @Test
    void horizontalFilteringWithEachOperator() throws Exception {
        // PostgREST docs, "Tables and Views > Horizontal Filtering > Operators": eq gt gte lt lte neq like ilike in is, not.
        assertThat(bodies(send("GET", "private_notes?body=eq.note%202", ownerToken, null))).containsExactly("note 2");
        assertThat(send("GET", "private_notes?position=gt.25", ownerToken, null).json()).hasSize(3); // 26 28 29
        assertThat(send("GET", "private_notes?position=gte.28&position=lte.29", ownerToken, null).json()).hasSize(2);
        assertThat(send("GET", "private_notes?position=lt.3", ownerToken, null).json()).hasSize(2);
        assertThat(send("GET", "private_notes?position=neq.1&position=lt.3", ownerToken, null).json()).hasSize(1);
        assertThat(bodies(send("GET", "private_notes?body=like.*te%201*&position=lt.12", ownerToken, null)))
                .containsExactlyInAnyOrder("note 1", "note 10", "note 11");
        assertThat(send("GET", "private_notes?body=ilike.NOTE%202*", ownerToken, null).json()).hasSize(11);
        assertThat(send("GET", "private_notes?position=in.(1,2,4)", ownerToken, null).json()).hasSize(3);
        assertThat(send("GET", "private_notes?position=is.null", ownerToken, null).json()).hasSize(10);
        assertThat(send("GET", "private_notes?position=not.is.null", ownerToken, null).json()).hasSize(20);
        assertThat(send("GET", "private_notes?position=not.in.(1,2)&position=lt.5", ownerToken, null).json()).hasSize(1);
    }

    @Test
    void reservedCharactersAreQuotedAndEscaped() throws Exception {
        // PostgREST docs, "URL Grammar > Reserved characters": values with , . : ( ) in double quotes; \" and \\ inside
        String odd = "Smith, J. (Jr) said \"hi\\\"";
        Answer created = send("POST", "private_notes", ownerToken, JSON.createObjectNode().put("body", odd).toString(),
                "Prefer", "return=representation");
        assertThat(created.json().get(0).get("body").asText()).isEqualTo(odd);
        String quoted = "\"Smith, J. (Jr) said \\\"hi\\\\\\\"\"";
        assertThat(bodies(send("GET", "private_notes?body=in.(" + encode(quoted) + ",x)", ownerToken, null))).containsExactly(odd);
        assertThat(bodies(send("GET", "private_notes?or=(body.eq." + encode(quoted) + ",body.eq.none)", ownerToken, null)))
                .containsExactly(odd);
        send("DELETE", "private_notes?body=eq." + encode(odd), ownerToken, null);
    }

    @Test
    void logicalOperatorsNest() throws Exception {
        // PostgREST docs, "Horizontal Filtering > Logical operators": or=(..), and=(..), nesting, not.or
        assertThat(send("GET", "private_notes?or=(position.eq.1,position.eq.2,and(position.gte.28,position.lte.29))",
                ownerToken, null).json()).hasSize(4);
        assertThat(send("GET", "private_notes?and=(position.gte.1,or(position.eq.4,position.is.null))",
                ownerToken, null).json()).hasSize(1);
        assertThat(send("GET", "private_notes?not.or=(position.is.null,position.gt.2)", ownerToken, null).json()).hasSize(2);
        // Several or/and parameters in one request are ANDed, as PostgREST does (QueryParams.hs keeps every
        // "or"/"and" key as its own logic tree; Plan.hs adds each to the WHERE); postgrest-js sends chained
        // .or() calls so. Same rows as the documented nesting and=(or(..),or(..)).
        assertThat(send("GET", "private_notes?or=(position.eq.1,position.eq.2,position.is.null)&or=(position.eq.2,position.is.null)",
                ownerToken, null).json()).hasSize(11);
        assertThat(send("GET", "private_notes?and=(or(position.eq.1,position.eq.2,position.is.null),or(position.eq.2,position.is.null))",
                ownerToken, null).json()).hasSize(11);
        assertThat(send("GET", "private_notes?or=(position.eq.1,position.eq.2)&or=(position.eq.2,position.eq.4)&position=lt.3",
                ownerToken, null).json()).hasSize(1);
    }

    @Test
    void orderingWithNullsFirstOrLast() throws Exception {
        // PostgREST docs, "Tables and Views > Ordering": order=col.desc.nullslast,col2.asc
        JsonNode last = send("GET", "private_notes?order=position.desc.nullslast,id.asc&limit=2", ownerToken, null).json();
        assertThat(last.get(0).get("position").asInt()).isEqualTo(29);
        JsonNode first = send("GET", "private_notes?order=position.asc.nullsfirst,id.asc&limit=1", ownerToken, null).json();
        assertThat(first.get(0).get("position").isNull()).isTrue();
    }

    @Test
    void limitsOffsetsRangesAndCounts() throws Exception {
        // PostgREST docs, "Pagination and Count": limit/offset, Range header, Content-Range, Prefer: count=exact -> 206
        Answer page = send("GET", "private_notes?order=id&limit=5&offset=10", ownerToken, null, "Prefer", "count=exact");
        assertThat(page.status()).isEqualTo(206);
        assertThat(page.headers().get("Content-Range")).isEqualTo("10-14/30");
        assertThat(page.json()).hasSize(5);

        Answer ranged = send("GET", "private_notes?order=id", ownerToken, null, "Range", "0-2");
        assertThat(ranged.json()).hasSize(3);
        assertThat(ranged.headers().get("Content-Range")).isEqualTo("0-2/*");

        Answer head = send("HEAD", "private_notes?position=is.null", ownerToken, null, "Prefer", "count=exact");
        assertThat(head.headers().get("Content-Range")).isEqualTo("0-9/10");
        assertThat(head.text()).isEmpty();

        Answer past = send("GET", "private_notes?offset=40", ownerToken, null, "Prefer", "count=exact");
        assertThat(past.status()).isEqualTo(416);
        assertThat(past.json().get("code").asText()).isEqualTo("PGRST103");
    }

    @Test
    void responsesAreCappedAtMaxRows() throws Exception {
        // PostgREST docs, "Configuration > db-max-rows" (Supabase: "Max rows", 1,000 by default)
        supabase.maxRows(7);
        try {
            Answer capped = send("GET", "private_notes?limit=20", ownerToken, null, "Prefer", "count=exact");
            assertThat(capped.json()).hasSize(7);
            assertThat(capped.headers().get("Content-Range")).isEqualTo("0-6/30");
        } finally {
            supabase.maxRows(1000);
        }
    }

    @Test
    void insertReturnsMinimalOrRepresentationAndHonoursColumns() throws Exception {
        // PostgREST docs, "Tables and Views > Insert", "Bulk insert", "Specifying columns", "Prefer: return="
        Answer minimal = send("POST", "private_notes", ownerToken, "{\"body\":\"minimal\"}");
        assertThat(minimal.status()).isEqualTo(201);
        assertThat(minimal.text()).isEmpty();
        Answer bulk = send("POST", "private_notes?columns=%22body%22&select=body,owner", ownerToken,
                "[{\"body\":\"bulk 1\",\"position\":99},{\"body\":\"bulk 2\"}]", "Prefer", "return=representation");
        assertThat(bulk.status()).isEqualTo(201);
        assertThat(bulk.json()).hasSize(2);
        assertThat(bulk.json().get(0).has("position")).as("select= limits the returned columns").isFalse();
        assertThat(bulk.json().get(0).get("owner").asText()).as("the default auth.uid() ran as the caller").isNotEmpty();
        assertThat(send("GET", "private_notes?position=eq.99", ownerToken, null).json()).as("columns= ignored position").isEmpty();
        send("DELETE", "private_notes?body=in.(minimal,%22bulk%201%22,%22bulk%202%22)", ownerToken, null);
    }

    @Test
    void upsertMergesOrIgnoresDuplicates() throws Exception {
        // PostgREST docs, "Tables and Views > Upsert": Prefer: resolution=merge-duplicates|ignore-duplicates, on_conflict=
        String email = "upsert-" + UUID.randomUUID() + "@example.org";
        String row = "{\"client_email\":\"" + email + "\",\"check_date\":\"2026-11-20\",\"focus_scores\":[1]}";
        assertThat(send("POST", "daily_checkins?on_conflict=client_email,check_date", ownerToken, row,
                "Prefer", "resolution=merge-duplicates,return=representation").status()).isEqualTo(201);
        Answer merged = send("POST", "daily_checkins?on_conflict=client_email,check_date", ownerToken, row.replace("[1]", "[2]"),
                "Prefer", "resolution=merge-duplicates, return=representation");
        assertThat(merged.json().get(0).get("focus_scores").get(0).asInt()).isEqualTo(2);
        Answer ignored = send("POST", "daily_checkins?on_conflict=client_email,check_date", ownerToken, row.replace("[1]", "[3]"),
                "Prefer", "resolution=ignore-duplicates,return=representation");
        assertThat(ignored.json()).isEmpty();
        assertThat(send("GET", "daily_checkins?client_email=eq." + email, ownerToken, null).json()).hasSize(1);
    }

    @Test
    void updateAndDeleteApplyFiltersAndReturnRows() throws Exception {
        // PostgREST docs, "Tables and Views > Update" and "Delete" with Prefer: return=representation
        send("POST", "private_notes", ownerToken, "{\"body\":\"to change\"}");
        Answer updated = send("PATCH", "private_notes?body=eq.to%20change", ownerToken, "{\"position\":500}",
                "Prefer", "return=representation");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get(0).get("position").asInt()).isEqualTo(500);
        assertThat(send("PATCH", "private_notes?body=eq.nothing", ownerToken, "{\"position\":1}").status()).isEqualTo(204);
        Answer deleted = send("DELETE", "private_notes?position=eq.500", ownerToken, null, "Prefer", "return=representation");
        assertThat(deleted.json()).hasSize(1);
    }

    @Test
    void postgresErrorsBecomePostgrestErrorsWithTheirStatus() throws Exception {
        // PostgREST docs, "Errors > HTTP Status Codes" and "PostgREST Error Codes"
        Answer unique = send("POST", "coaches", ownerToken, "{\"email\":\"" + OWNER + "\"}");
        assertThat(unique.status()).isEqualTo(409);
        assertThat(unique.json().get("code").asText()).isEqualTo("23505");
        assertThat(unique.json().get("details").asText()).contains("already exists");
        assertThat(unique.json().has("hint")).isTrue();

        Answer check = send("POST", "agreed_activities", ownerToken,
                "{\"client_email\":\"a@x.org\",\"activity_text\":\"x\",\"status\":\"done\"}");
        assertThat(check.status()).isEqualTo(400);
        assertThat(check.json().get("code").asText()).isEqualTo("23514");

        Answer badUuid = send("GET", "coaches?id=eq.not-a-uuid", ownerToken, null);
        assertThat(badUuid.status()).isEqualTo(400);
        assertThat(badUuid.json().get("code").asText()).isEqualTo("22P02");

        assertThat(send("GET", "coaches?nope=eq.1", ownerToken, null).json().get("code").asText()).isEqualTo("42703");
        Answer missing = send("GET", "no_such_table", ownerToken, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("PGRST205");
        Answer unparsable = send("GET", "coaches?email=between.1", ownerToken, null);
        assertThat(unparsable.status()).isEqualTo(400);
        assertThat(unparsable.json().get("code").asText()).isEqualTo("PGRST100");
    }

    @Test
    void aFailingBulkInsertInsertsNothing() throws Exception {
        // PostgREST docs, "Transactions": each request runs in one transaction
        long before = send("GET", "private_notes", ownerToken, null).json().size();
        Answer failed = send("POST", "private_notes", ownerToken, "[{\"body\":\"fine\"},{\"body\":null}]");
        assertThat(failed.status()).isEqualTo(400);
        assertThat(failed.json().get("code").asText()).isEqualTo("23502");
        assertThat(send("GET", "private_notes", ownerToken, null).json()).hasSize((int) before);
    }

    @Test
    void rowLevelSecurityDecidesAsTheCaller() throws Exception {
        // PostgREST docs, "Authentication > JWT claims" (role, request.jwt.claims) and "Errors": 42501 is 401 for anon, 403 otherwise
        assertThat(send("GET", "private_notes", otherToken, null).json()).as("the other user sees none of the owner's notes").isEmpty();
        Answer forged = send("POST", "private_notes", otherToken,
                "{\"body\":\"forged\",\"owner\":\"" + UUID.randomUUID() + "\"}");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("code").asText()).isEqualTo("42501");
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("revoke all on public.private_notes from anon");
        }
        Answer anonymous = send("GET", "private_notes", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asText()).isEqualTo("42501");
    }

    @Test
    void jwtsAreVerified() throws Exception {
        // PostgREST docs, "Authentication" and "Errors > PGRST3xx": invalid -> 401 PGRST301, expired -> 401 PGRST303
        String[] parts = ownerToken.split("\\.");
        Answer forged = send("GET", "coaches", parts[0] + "." + parts[1] + ".AAAA", null);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("code").asText()).isEqualTo("PGRST301");

        supabase.accessTokenLifetime(Duration.ofSeconds(-5));
        String alreadyExpired = signIn(OTHER).get("access_token").asText();
        supabase.accessTokenLifetime(Duration.ofHours(1));
        Answer expired = send("GET", "coaches", alreadyExpired, null);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("code").asText()).isEqualTo("PGRST303");
        assertThat(expired.json().get("message").asText()).isEqualTo("JWT expired");
        assertThat(expired.headers().get("WWW-Authenticate")).contains("invalid_token");

        Answer noKey = call("GET", "/rest/v1/coaches", null, null, "apikey", "");
        assertThat(noKey.status()).isEqualTo(401);
    }

    // ---- GoTrue ---------------------------------------------------------------------------------------

    @Test
    void passwordGrantRefusesWrongPasswords() throws Exception {
        // GoTrue: POST /token?grant_type=password -> 400 {"error_code":"invalid_credentials"}
        Answer wrong = auth("POST", "token?grant_type=password", null, "{\"email\":\"" + OWNER + "\",\"password\":\"nope\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error_code").asText()).isEqualTo("invalid_credentials");
        JsonNode session = signIn(OWNER);
        assertThat(session.get("token_type").asText()).isEqualTo("bearer");
        assertThat(session.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(session.get("user").get("email").asText()).isEqualTo(OWNER);
    }

    @Test
    void refreshTokensRotateAndWorkOnce() throws Exception {
        // supabase/auth internal/tokens/service.go: a refresh rotates the token; the parent of the active token
        // is answered with the active one (the client lost the answer); an older one, past the reuse interval,
        // is refresh_token_already_used
        supabase.refreshTokenReuseInterval(java.time.Duration.ZERO);
        String refresh = signIn(OTHER).get("refresh_token").asText();
        Answer first = auth("POST", "token?grant_type=refresh_token", null, "{\"refresh_token\":\"" + refresh + "\"}");
        assertThat(first.status()).isEqualTo(200);
        String second = first.json().get("refresh_token").asText();
        assertThat(second).isNotEqualTo(refresh);
        Answer parentAgain = auth("POST", "token?grant_type=refresh_token", null, "{\"refresh_token\":\"" + refresh + "\"}");
        assertThat(parentAgain.status()).isEqualTo(200);
        assertThat(parentAgain.json().get("refresh_token").asText()).isEqualTo(second);
        Answer third = auth("POST", "token?grant_type=refresh_token", null, "{\"refresh_token\":\"" + second + "\"}");
        assertThat(third.status()).isEqualTo(200);
        Answer reused = auth("POST", "token?grant_type=refresh_token", null, "{\"refresh_token\":\"" + refresh + "\"}");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("error_code").asText()).isEqualTo("refresh_token_already_used");
    }

    @Test
    void logoutRevokesAndUserAnswersWhoIsSignedIn() throws Exception {
        // GoTrue: GET /user with the access token; POST /logout revokes the user's refresh tokens (scope global)
        JsonNode session = signIn(OTHER);
        String access = session.get("access_token").asText();
        Answer user = auth("GET", "user", access, null);
        assertThat(user.json().get("email").asText()).isEqualTo(OTHER);
        assertThat(auth("POST", "logout", access, null).status()).isEqualTo(204);
        Answer afterLogout = auth("POST", "token?grant_type=refresh_token", null,
                "{\"refresh_token\":\"" + session.get("refresh_token").asText() + "\"}");
        assertThat(afterLogout.json().get("error_code").asText()).isEqualTo("refresh_token_not_found");
        // supabase/auth internal/api/auth.go parseJWTClaims: 403 bad_jwt
        assertThat(auth("GET", "user", "not-a-jwt", null).status()).isEqualTo(403);
    }

    // ---- issue #17: answers as hosted Supabase sends them --------------------------------------------

    @Test
    void anUpsertOfExistingRowsIs200AndAPatchReportsItsRange() throws Exception {
        // PostgREST src/library/PostgREST/Response.hs: upsert with merge-duplicates and nothing inserted -> 200;
        // update -> Content-Range "0-(n-1)/*" (RangeQuery.hs contentRangeH); insert -> "*/*"
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("create table public.upsert_probe (id int primary key, body text)");
            sql.execute("grant all on public.upsert_probe to anon, authenticated");
        }
        Answer inserted = send("POST", "upsert_probe", ownerToken, "[{\"id\":1,\"body\":\"a\"},{\"id\":2,\"body\":\"b\"}]",
                "Prefer", "resolution=merge-duplicates,return=representation");
        assertThat(inserted.status()).as(inserted.text()).isEqualTo(201);
        assertThat(inserted.headers().get("Content-Range")).isEqualTo("*/*");
        Answer upsert = send("POST", "upsert_probe", ownerToken, "[{\"id\":1,\"body\":\"again\"}]",
                "Prefer", "resolution=merge-duplicates,return=representation");
        assertThat(upsert.status()).as(upsert.text()).isEqualTo(200);
        assertThat(upsert.json().get(0).get("body").asText()).isEqualTo("again");

        Answer patch = send("PATCH", "upsert_probe?id=gte.1", ownerToken, "{\"body\":\"patched\"}");
        assertThat(patch.status()).isEqualTo(204);
        assertThat(patch.headers().get("Content-Range")).isEqualTo("0-1/*");
        Answer none = send("PATCH", "upsert_probe?id=eq.99", ownerToken, "{\"body\":\"x\"}");
        assertThat(none.headers().get("Content-Range")).isEqualTo("*/*");
    }

    @Test
    void theGatewayRefusesKeysWithoutAPostgrestOrGoTrueCode() throws Exception {
        // Supabase docs guides/api/api-keys: an unknown key, and legacy JWT keys once disabled, are refused by the
        // API gateway with a message and no code; the publishable key (sb_publishable_...) keeps working
        Request wrongKey = new Request.Builder().url(supabase.baseUrl() + "/rest/v1/private_notes")
                .header("apikey", "not-the-key").build();
        try (Response response = HTTP.newCall(wrongKey).execute()) {
            JsonNode body = JSON.readTree(response.body().string());
            assertThat(response.code()).isEqualTo(401);
            assertThat(body.get("message").asText()).isEqualTo("Invalid API key");
            assertThat(body.has("code")).isFalse();
        }
        supabase.disableLegacyKeys();
        try {
            Answer legacy = send("GET", "private_notes", ownerToken, null);
            assertThat(legacy.status()).isEqualTo(401);
            assertThat(legacy.json().get("message").asText()).isEqualTo("Legacy API keys are disabled");
            assertThat(legacy.json().has("code")).isFalse();
            Request publishable = new Request.Builder().url(supabase.baseUrl() + "/rest/v1/private_notes?select=id")
                    .header("apikey", supabase.publishableKey()).header("Authorization", "Bearer " + ownerToken).build();
            try (Response response = HTTP.newCall(publishable).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }
        } finally {
            supabase.enableLegacyKeys();
        }
        assertThat(call("GET", "/nothing/here", null, null).json().get("message").asText())
                .isEqualTo("no Route matched with those values");
    }

    @Test
    void goTrueAnswersInTheShapeTheRequestNames() throws Exception {
        // supabase/auth internal/api/errors.go: X-Supabase-Api-Version 2024-01-01 -> {code, message}, echoed;
        // without -> {code: status, error_code, msg}; internal/api/apierrors/apierrors.go OAuthError -> {error, error_description}
        String wrong = "{\"email\":\"" + OWNER + "\",\"password\":\"nope\"}";
        Answer versioned = call("POST", "/auth/v1/token?grant_type=password", null, wrong, "X-Supabase-Api-Version", "2024-01-01");
        assertThat(versioned.json().get("code").asText()).isEqualTo("invalid_credentials");
        assertThat(versioned.json().get("message").asText()).isEqualTo("Invalid login credentials");
        assertThat(versioned.headers().get("X-Supabase-Api-Version")).isEqualTo("2024-01-01");
        Answer plain = auth("POST", "token?grant_type=password", null, wrong);
        assertThat(plain.json().get("code").asInt()).isEqualTo(400);
        assertThat(plain.json().get("error_code").asText()).isEqualTo("invalid_credentials");
        supabase.legacyErrorShape(true);
        try {
            Answer legacy = auth("POST", "token?grant_type=password", null, wrong);
            assertThat(legacy.status()).isEqualTo(400);
            assertThat(legacy.json().get("error").asText()).isEqualTo("invalid_grant");
            assertThat(legacy.json().get("error_description").asText()).isEqualTo("Invalid login credentials");
        } finally {
            supabase.legacyErrorShape(false);
        }
    }

    @Test
    void rateLimitAndPlatformAnswersAreAsHostedSendsThem() throws Exception {
        // supabase/auth internal/api/middleware.go: 429 over_request_rate_limit, no Retry-After;
        // Supabase docs guides/platform/http-status-codes: 540 paused, 544, 402 restricted; Cloudflare 52x HTML;
        // PostgREST Error.hs + docs/references/errors.rst: 57014 -> 500 with Proxy-Status
        supabase.outage(LocalSupabase.Outage.AUTH_RATE_LIMIT);
        Answer limited = auth("POST", "token?grant_type=password", null, "{}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().get("Retry-After")).isNull();
        assertThat(limited.json().get("error_code").asText()).isEqualTo("over_request_rate_limit");
        supabase.outage(LocalSupabase.Outage.STATEMENT_TIMEOUT);
        Answer timeout = send("GET", "private_notes", ownerToken, null);
        assertThat(timeout.status()).isEqualTo(500);
        assertThat(timeout.json().get("code").asText()).isEqualTo("57014");
        assertThat(timeout.headers().get("Proxy-Status")).isEqualTo("PostgREST; error=57014");
        supabase.outage(LocalSupabase.Outage.CLOUDFLARE_522);
        Answer cloudflare = send("GET", "private_notes", ownerToken, null);
        assertThat(cloudflare.status()).isEqualTo(522);
        assertThat(cloudflare.headers().get("Content-Type")).startsWith("text/html");
        supabase.outage(LocalSupabase.Outage.PAUSED);
        assertThat(send("GET", "private_notes", ownerToken, null).status()).isEqualTo(540);
        supabase.outage(LocalSupabase.Outage.GATEWAY_TIMEOUT);
        assertThat(send("GET", "private_notes", ownerToken, null).status()).isEqualTo(544);
        supabase.outage(LocalSupabase.Outage.RESTRICTED);
        assertThat(send("GET", "private_notes", ownerToken, null).json().get("message").asText()).contains("exceed_egress_quota");
        supabase.outage(LocalSupabase.Outage.NONE);
    }

    @Test
    void logoutAndUserRefuseAnExpiredTokenWith403AndLogoutHonoursItsScope() throws Exception {
        // supabase/auth internal/api/auth.go: an expired JWT -> 403 bad_jwt; internal/api/logout.go: scope=local
        // ends only that session, global (the default) every session of the user
        JsonNode laptop = signIn(OTHER);
        JsonNode phone = signIn(OTHER);
        supabase.accessTokenLifetime(java.time.Duration.ofSeconds(-5));
        JsonNode expired = signIn(OTHER);
        supabase.accessTokenLifetime(java.time.Duration.ofHours(1));
        Answer expiredLogout = auth("POST", "logout?scope=local", expired.get("access_token").asText(), null);
        assertThat(expiredLogout.status()).isEqualTo(403);
        assertThat(expiredLogout.json().get("error_code").asText()).isEqualTo("bad_jwt");
        assertThat(auth("GET", "user", expired.get("access_token").asText(), null).status()).isEqualTo(403);

        assertThat(auth("POST", "logout?scope=local", laptop.get("access_token").asText(), null).status()).isEqualTo(204);
        assertThat(refresh(laptop).json().get("error_code").asText()).isEqualTo("refresh_token_not_found");
        assertThat(refresh(phone).status()).as("the other session lives on").isEqualTo(200);
        assertThat(auth("POST", "logout?scope=everywhere", phone.get("access_token").asText(), null).status()).isEqualTo(400);
    }

    private static Answer refresh(JsonNode session) throws IOException {
        return auth("POST", "token?grant_type=refresh_token", null,
                "{\"refresh_token\":\"" + session.get("refresh_token").asText() + "\"}");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
