package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Error mapping, retries and bad bodies against a scripted server on a real socket: these are faults
 * (exact statuses, Retry-After, broken bodies) the PostgreSQL-backed stand-in cannot produce on demand.
 */
class PostgrestFaultsTest {

    private ScriptedServer server;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private PostgrestClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        client = clientFor(server.baseUrl());
    }

    private PostgrestClient clientFor(URI base) {
        SupabaseProject project = new SupabaseProject(base, "anon-key");
        RetryPolicy retry = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(30),
                sleeps::add);
        return new PostgrestClient(project, AccessTokens.anonymous(project),
                new RemoteHttp(RemoteHttp.defaultClient(), retry, RemoteJson.newMapper()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Reply error(int status, String code, String message, String details) {
        return Reply.json(status, "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":"
                + (details == null ? "null" : "\"" + details + "\"") + ",\"hint\":null}");
    }

    @Test
    void uniqueViolationIsAConflictKeepingTheServersWords() {
        server.enqueue(error(409, "23505", "duplicate key value violates unique constraint \\\"x_key\\\"",
                "Key (client_email, check_date)=(a@b.c, 2026-11-24) already exists."));

        ConflictException conflict = catchThrowableOfType(ConflictException.class,
                () -> client.from("daily_checkins").insert(Map.of("client_email", "a@b.c"), JsonNode.class));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("23505");
        assertThat(conflict.details()).isEqualTo("Key (client_email, check_date)=(a@b.c, 2026-11-24) already exists.");
        assertThat(conflict.serverMessage()).contains("x_key");
        assertThat(conflict.retryable()).isFalse();
        assertThat(server.calls()).hasSize(1);
    }

    @Test
    void eachPostgrestErrorMapsToItsType() {
        record Case(Reply reply, Class<? extends ApiException> expected) { }
        List<Case> cases = List.of(
                new Case(error(409, "23503", "insert or update violates foreign key constraint", null), ConstraintViolationException.class),
                new Case(error(400, "23514", "new row violates check constraint", null), ConstraintViolationException.class),
                new Case(error(400, "22P02", "invalid input syntax for type uuid", null), ConstraintViolationException.class),
                new Case(error(403, "42501", "permission denied for table coaches", null), ForbiddenException.class),
                new Case(error(406, "PGRST116", "JSON object requested, multiple (or no) rows returned", null), NotFoundException.class),
                new Case(error(404, "42P01", "relation does not exist", null), NotFoundException.class),
                new Case(error(400, "PGRST100", "failed to parse filter", null), ApiException.class),
                // not a 2xx: the server refused, nothing for the app to "update" about
                new Case(Reply.json(500, "<html>oops</html>"), ApiException.class));
        for (Case c : cases) {
            server.enqueue(c.reply());
            ApiException failure = catchThrowableOfType(ApiException.class,
                    () -> client.from("coaches").list(JsonNode.class));
            assertThat(failure).as(c.reply().body()).isExactlyInstanceOf(c.expected());
            assertThat(failure.getMessage()).doesNotContain("anon-key");
        }
    }

    @Test
    void retriesIdempotentReadsOn503HonouringRetryAfter() {
        server.enqueue(Reply.of(503, Map.of("Retry-After", "2", "Content-Type", "application/json"),
                        "{\"code\":\"PGRST001\",\"message\":\"Database client error\"}"),
                Reply.json(504, "{\"code\":\"PGRST003\",\"message\":\"Timed out acquiring connection\"}"),
                Reply.json(200, "[{\"id\":\"8b0d1d1e-4c59-4a51-9b55-2b6b7d3ad0a1\",\"status\":\"pending\"}]"));

        List<AgreedActivity> rows = client.from("agreed_activities").list(AgreedActivity.class);

        assertThat(rows).singleElement().extracting(AgreedActivity::status).isEqualTo(ActivityStatus.PENDING);
        assertThat(server.calls()).hasSize(3);
        assertThat(sleeps.get(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void givesUpWithARetryableErrorAfterTheLastAttempt() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Reply.of(503, Map.of(), "Service Unavailable"));
        }
        UnavailableException down = catchThrowableOfType(UnavailableException.class,
                () -> client.from("coaches").list(JsonNode.class));
        assertThat(down.retryable()).isTrue();
        assertThat(down.status()).isEqualTo(503);
        assertThat(server.calls()).hasSize(4);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void aRetryAfterLongerThanTheCapIsReportedNotWaited() {
        server.enqueue(Reply.of(429, Map.of("Retry-After", "3600"), "{\"message\":\"rate limited\"}"));
        UnavailableException limited = catchThrowableOfType(UnavailableException.class,
                () -> client.from("coaches").list(JsonNode.class));
        assertThat(limited.retryAfter()).contains(Duration.ofHours(1));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void neverRepeatsAPlainInsertButRepeatsAnUpsert() {
        server.enqueue(Reply.of(503, Map.of(), ""), Reply.of(503, Map.of(), ""));
        assertThatThrownBy(() -> client.from("coaches").insert(Map.of("email", "a@b.c"), JsonNode.class))
                .isInstanceOf(UnavailableException.class);
        assertThat(server.calls()).hasSize(1);

        server.enqueue(Reply.json(201, "[{\"email\":\"a@b.c\"}]"));
        List<JsonNode> upserted = client.from("coaches").upsert(Map.of("email", "a@b.c"), "email", JsonNode.class);
        assertThat(upserted).hasSize(1);
        assertThat(server.calls()).hasSize(3);
    }

    @Test
    void aServerThatIsNotListeningIsUnavailableAfterRetries() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgrestClient nowhere = clientFor(URI.create("http://127.0.0.1:" + port));

        UnavailableException down = catchThrowableOfType(UnavailableException.class,
                () -> nowhere.from("coaches").list(JsonNode.class));

        assertThat(down.retryable()).isTrue();
        assertThat(down.getMessage()).contains("Could not reach").contains("connection refused");
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void bodiesThatAreNotRowsAreBadResponsesNotNullPointers() {
        server.enqueue(Reply.json(200, "<html>captive portal</html>"),
                Reply.json(200, "{\"rows\":[]}"),
                Reply.json(200, ""),
                Reply.json(200, "[{\"id\":\"not-a-uuid\"}]"),
                Reply.json(200, "[{\"id\":\"8b0d1d1e-4c59-4a51-9b55-2b6b7d3ad0a1\",\"status\":{\"nested\":true}}]"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> client.from("agreed_activities").list(AgreedActivity.class))
                    .isInstanceOf(BadResponseException.class);
        }
    }

    @Test
    void aCountWithoutContentRangeIsABadResponse() {
        server.enqueue(Reply.of(200, Map.of(), null));
        assertThatThrownBy(() -> client.from("coaches").count())
                .isInstanceOf(BadResponseException.class).hasMessageContaining("Content-Range");
        server.enqueue(Reply.of(206, Map.of("Content-Range", "0-24/3573"), null));
        assertThat(client.from("coaches").count()).isEqualTo(3573);
        assertThat(server.calls().get(1).method()).isEqualTo("HEAD");
        assertThat(server.calls().get(1).header("Prefer")).isEqualTo("count=exact");
    }

    @Test
    void sendsTheKeyAndBearerOnEveryRequest() {
        server.enqueue(Reply.json(200, "[]"));
        client.from("coaches").eq("email", "a+b@c.d").list(JsonNode.class);
        ScriptedServer.Call call = server.calls().get(0);
        assertThat(call.header("apikey")).isEqualTo("anon-key");
        assertThat(call.header("Authorization")).isEqualTo("Bearer anon-key");
        assertThat(call.path()).isEqualTo("/rest/v1/coaches");
        assertThat(java.net.URLDecoder.decode(call.rawQuery(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("select=*&email=eq.a+b@c.d");
    }

    @Test
    void backoffGrowsWithJitterWithinItsBounds() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ZERO, d -> { });
        java.util.Random random = new java.util.Random(7);
        for (int attempt = 1; attempt <= 5; attempt++) {
            long full = Math.min(1000, 100L << (attempt - 1));
            for (int i = 0; i < 50; i++) {
                assertThat(policy.backoff(attempt, random).toMillis()).isBetween(full / 2, full);
            }
        }
    }
}
