package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * coach_scoped.sql seen through HTTP, as Coach Desk sees it: the local Supabase stand-in
 * (GoTrue + PostgREST over real sockets) on a database with the migrations and the policies.
 * Forbidden requests get PostgREST's error object ({code, message, details, hint}) with 401 for
 * anon and 403 for a signed-in user; forbidden updates of others' rows answer an empty list.
 */
class CoachScopedPoliciesHttpTest {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery staple 42";

    private static FreshDatabase db;
    private static LocalSupabase supabase;
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static UUID coachA;
    private static UUID coachB;
    private static String tokenA;
    private static String tokenAlice;

    @BeforeAll
    static void start() throws Exception {
        db = PostgresHarness.freshDatabase();
        db.applyScript(CoachScopedPoliciesTest.POLICIES);
        supabase = LocalSupabase.start(db);
        coachA = supabase.createCoach("http.coach.a@example.org", PASSWORD, "Coach A");
        coachB = supabase.createCoach("http.coach.b@example.org", PASSWORD, "Coach B");
        supabase.createUser("http.alice@example.org", PASSWORD);
        try (Connection c = db.connect()) {
            Sql.exec(c, """
                    insert into coaching_relationships (coach_id, client_email, status) values
                        ('%A', 'http.alice@example.org', 'active'), ('%B', 'http.dave@example.org', 'active');
                    insert into agreed_activities (client_email, coach_id, activity_text, visibility, coach_notes) values
                        ('http.alice@example.org', '%A', 'alice shared', 'shared', 'A private note'),
                        ('http.alice@example.org', '%A', 'alice hidden', 'coach_only', 'A private note 2'),
                        ('http.dave@example.org', '%B', 'dave shared', 'shared', 'B private note');
                    """.replace("%A", coachA.toString()).replace("%B", coachB.toString()));
        }
        tokenA = signIn("http.coach.a@example.org");
        tokenAlice = signIn("http.alice@example.org");
    }

    @AfterAll
    static void stop() throws Exception {
        supabase.close();
        db.close();
    }

    @Test
    void anonIsRefusedWith401AndPostgrestsErrorObject() throws Exception {
        Answer answer = call("GET", "/rest/v1/agreed_activities?select=*", null, null);
        assertThat(answer.status).isEqualTo(401);
        assertPostgrestError(answer.body, "42501");
    }

    @Test
    void aCoachReadsOnlyTheirOwnActivities() throws Exception {
        Answer answer = call("GET", "/rest/v1/agreed_activities?select=activity_text,coach_notes", tokenA, null);
        assertThat(answer.status).isEqualTo(200);
        assertThat(texts(answer.body, "activity_text")).containsExactlyInAnyOrder("alice shared", "alice hidden");
        assertThat(answer.body.toString()).doesNotContain("B private note");
    }

    @Test
    void aCoachAddingAnActivityForAnotherCoachesClientGets403() throws Exception {
        String row = JSON.writeValueAsString(java.util.Map.of("client_email", "http.dave@example.org",
                "coach_id", coachA.toString(), "activity_text", "sneaky"));
        Answer answer = call("POST", "/rest/v1/agreed_activities", tokenA, row);
        assertThat(answer.status).isEqualTo(403);
        assertPostgrestError(answer.body, "42501");
        assertThat(answer.body.get("message").asText()).contains("row-level security");
    }

    @Test
    void aCoachUpdatingAnotherCoachesActivityChangesNothing() throws Exception {
        Answer answer = call("PATCH", "/rest/v1/agreed_activities?coach_id=eq." + coachB, tokenA,
                "{\"coach_notes\":\"overwritten\"}");
        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body.isArray() && answer.body.isEmpty()).as("no row updated: %s", answer.body).isTrue();
        try (Connection c = db.connect()) {
            assertThat(Sql.scalar(c, "select coach_notes from agreed_activities where activity_text = 'dave shared'"))
                    .isEqualTo("B private note");
        }
    }

    @Test
    void aClientReadsSharedActivitiesWithoutCoachNotesAndNothingFromTheBaseTable() throws Exception {
        Answer base = call("GET", "/rest/v1/agreed_activities?select=*", tokenAlice, null);
        assertThat(base.status).isEqualTo(200);
        assertThat(base.body.isEmpty()).isTrue();

        Answer view = call("GET", "/rest/v1/client_agreed_activities?select=*", tokenAlice, null);
        assertThat(view.status).isEqualTo(200);
        assertThat(texts(view.body, "activity_text")).containsExactly("alice shared");
        assertThat(view.body.get(0).has("coach_notes")).isFalse();
        assertThat(view.body.toString()).doesNotContain("private note");
    }

    @Test
    void aClientWritingAnActivityGets403() throws Exception {
        Answer answer = call("POST", "/rest/v1/agreed_activities", tokenAlice,
                "{\"client_email\":\"http.alice@example.org\",\"activity_text\":\"x\"}");
        assertThat(answer.status).isEqualTo(403);
        assertPostgrestError(answer.body, "42501");
    }

    private static void assertPostgrestError(JsonNode body, String code) {
        assertThat(body.isObject()).as("error object: %s", body).isTrue();
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("code", "message", "details", "hint");
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private static List<String> texts(JsonNode rows, String field) {
        List<String> texts = new ArrayList<>();
        rows.forEach(row -> texts.add(row.get(field).asText()));
        return texts;
    }

    private static String signIn(String email) throws IOException {
        Answer answer = call("POST", "/auth/v1/token?grant_type=password", null,
                JSON.writeValueAsString(java.util.Map.of("email", email, "password", PASSWORD)));
        assertThat(answer.status).as("sign in %s: %s", email, answer.body).isEqualTo(200);
        return answer.body.get("access_token").asText();
    }

    private record Answer(int status, JsonNode body) {
    }

    private static Answer call(String method, String path, String token, String body) throws IOException {
        Request.Builder request = new Request.Builder()
                .url(supabase.baseUrl().resolve(path).toString())
                .header("apikey", supabase.anonKey())
                .header("Authorization", "Bearer " + (token != null ? token : supabase.anonKey()))
                .header("Prefer", "return=representation")
                .method(method, body == null ? null : RequestBody.create(body, JSON_TYPE));
        try (Response response = HTTP.newCall(request.build()).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            return new Answer(response.code(), text.isBlank() ? JSON.nullNode() : JSON.readTree(text));
        }
    }
}
