package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer.Call;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token refresh rules against a scripted GoTrue/PostgREST on a real socket. The scripted server lets a
 * test decide exactly when the refresh endpoint is slow, down or rejecting; the same flows run against
 * the PostgreSQL-backed stand-in in {@code RemoteIntegrationTest}.
 */
class SessionTokensTest {

    private static final String USER = "7d3c1c52-0d0a-4a57-9f0e-3b1f4f5e2a10";

    private ScriptedServer server;
    private SupabaseProject project;
    private AuthClient auth;
    private TokenStore store;
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicReference<String> validAccess = new AtomicReference<>("none");
    private volatile Reply refreshOverride;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void start() {
        server = ScriptedServer.start().answer(this::answer);
        project = new SupabaseProject(server.baseUrl(), "anon-key");
        RemoteHttp http = new RemoteHttp(RemoteHttp.defaultClient(),
                RetryPolicy.defaults().withSleeper(d -> { }), RemoteJson.newMapper());
        auth = new AuthClient(project, http, clock);
        store = TokenStore.inMemory();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply answer(Call call) {
        if (call.path().equals("/auth/v1/token") && call.rawQuery().equals("grant_type=password")) {
            return call.body().contains("\"right\"") ? session(3600)
                    : Reply.json(400, "{\"code\":400,\"error_code\":\"invalid_credentials\",\"msg\":\"Invalid login credentials\"}");
        }
        if (call.path().equals("/auth/v1/token")) {
            refreshes.incrementAndGet();
            sleep(150); // a slow refresh, so concurrent requests pile up behind it
            Reply override = refreshOverride;
            return override != null ? override : session(3600);
        }
        if (call.path().startsWith("/rest/v1/")) {
            return ("Bearer " + validAccess.get()).equals(call.header("Authorization"))
                    ? Reply.json(200, "[]")
                    : Reply.json(401, "{\"code\":\"PGRST301\",\"message\":\"JWT expired\",\"details\":null,\"hint\":null}");
        }
        return Reply.json(404, "{}");
    }

    private Reply session(long expiresIn) {
        int n = issued.incrementAndGet();
        validAccess.set("access-" + n);
        long expiresAt = clock.instant().getEpochSecond() + expiresIn;
        return Reply.json(200, "{\"access_token\":\"access-" + n + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn
                + ",\"expires_at\":" + expiresAt + ",\"refresh_token\":\"refresh-" + n + "\",\"user\":{\"id\":\"" + USER
                + "\",\"email\":\"coach@example.org\"}}");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SessionTokens tokens() {
        return new SessionTokens(auth, store, clock, Duration.ofSeconds(60));
    }

    @Test
    void signInStoresTheSessionAndWrongPasswordsAreTyped() {
        SessionTokens tokens = tokens();
        assertThatThrownBy(() -> tokens.signIn("coach@example.org", "wrong"))
                .isInstanceOf(InvalidCredentialsException.class).hasMessageNotContaining("wrong");
        assertThat(tokens.signedIn()).isFalse();

        AuthSession session = tokens.signIn("coach@example.org", "right");

        assertThat(session.userId().toString()).isEqualTo(USER);
        assertThat(store.load()).contains(session);
        Call signIn = server.calls().get(1);
        assertThat(signIn.header("apikey")).isEqualTo("anon-key");
        assertThat(signIn.body()).contains("\"email\":\"coach@example.org\"");
    }

    @Test
    void manyRequestsRefusedAtOnceShareOneRefresh() throws Exception {
        SessionTokens tokens = tokens();
        tokens.signIn("coach@example.org", "right");
        validAccess.set("rotated-on-the-server"); // the access token the client holds is now refused
        PostgrestClient client = new PostgrestClient(project, tokens,
                new RemoteHttp(RemoteHttp.defaultClient(), RetryPolicy.none(), RemoteJson.newMapper()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<JsonNode>>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<List<JsonNode>> read = () -> {
                go.await();
                return client.from("coaches").list(JsonNode.class);
            };
            results.add(pool.submit(read));
        }
        go.countDown();
        for (Future<List<JsonNode>> result : results) {
            assertThat(result.get()).isEmpty();
        }
        pool.shutdown();

        assertThat(refreshes.get()).isEqualTo(1);
        assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("refresh-2");
    }

    @Test
    void refreshesShortlyBeforeExpiryWithoutA401() {
        SessionTokens tokens = tokens();
        store.save(new AuthSession("access-old", "refresh-old", clock.instant().plusSeconds(30),
                java.util.UUID.fromString(USER), "coach@example.org"));
        tokens = tokens();

        assertThat(tokens.accessToken()).isEqualTo("access-1");
        assertThat(refreshes.get()).isEqualTo(1);
        assertThat(server.calls().get(0).body()).contains("refresh-old");
    }

    @Test
    void anOutageDuringRefreshKeepsTheSession() {
        SessionTokens tokens = tokens();
        AuthSession session = tokens.signIn("coach@example.org", "right");
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        tokens.addListener((event, after) -> events.add(event));
        refreshOverride = Reply.of(503, Map.of(), "<html>upstream down</html>");

        assertThatThrownBy(() -> tokens.refreshAfterRejection(session.accessToken()))
                .isInstanceOf(UnavailableException.class);

        assertThat(tokens.session()).contains(session);
        assertThat(store.load()).contains(session);
        assertThat(events).isEmpty();
        assertThat(refreshes.get()).as("a refresh is never repeated blindly: the token may be spent").isEqualTo(1);

        refreshOverride = null; // back online: the kept refresh token still works
        assertThat(tokens.refreshAfterRejection(session.accessToken())).isEqualTo("access-2");
        assertThat(events).containsExactly(SessionEvent.REFRESHED);
    }

    @Test
    void aRejectedRefreshTokenSignsOutAndTellsListeners() {
        SessionTokens tokens = tokens();
        AuthSession session = tokens.signIn("coach@example.org", "right");
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        tokens.addListener((event, after) -> events.add(event));
        refreshOverride = Reply.json(400, "{\"code\":400,\"error_code\":\"refresh_token_already_used\","
                + "\"msg\":\"Invalid Refresh Token: Already Used\"}");

        SignedOutException out = org.assertj.core.api.Assertions.catchThrowableOfType(SignedOutException.class,
                () -> tokens.refreshAfterRejection(session.accessToken()));

        assertThat(out.code()).isEqualTo("refresh_token_already_used");
        assertThat(out.getMessage()).doesNotContain("refresh-1").doesNotContain("access-1");
        assertThat(tokens.signedIn()).isFalse();
        assertThat(store.load()).isEmpty();
        assertThat(events).containsExactly(SessionEvent.SIGNED_OUT);
        assertThatThrownBy(tokens::accessToken).isInstanceOf(SignedOutException.class);
    }

    @Test
    void theOlderGoTrueErrorShapeIsARejectionToo() {
        SessionTokens tokens = tokens();
        AuthSession session = tokens.signIn("coach@example.org", "right");
        refreshOverride = Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid Refresh Token: Refresh Token Not Found\"}");

        assertThatThrownBy(() -> tokens.refreshAfterRejection(session.accessToken()))
                .isInstanceOf(SignedOutException.class).hasMessageContaining("Refresh Token Not Found");
    }

    @Test
    void aRefreshAnswerWithoutTokensIsABadResponseAndKeepsTheSession() {
        SessionTokens tokens = tokens();
        AuthSession session = tokens.signIn("coach@example.org", "right");
        refreshOverride = Reply.json(200, "{\"token_type\":\"bearer\"}");

        assertThatThrownBy(() -> tokens.refreshAfterRejection(session.accessToken()))
                .isInstanceOf(BadResponseException.class);
        assertThat(tokens.session()).contains(session);
    }

    @Test
    void aSessionThatCannotBeSavedStillWorksUntilTheAppCloses() {
        TokenStore full = new TokenStore() {
            @Override
            public java.util.Optional<AuthSession> load() {
                return java.util.Optional.empty();
            }

            @Override
            public void save(AuthSession session) {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }

            @Override
            public void clear() {
            }
        };
        SessionTokens tokens = new SessionTokens(auth, full, clock, Duration.ofSeconds(60));
        AuthSession session = tokens.signIn("coach@example.org", "right");

        assertThat(tokens.refreshAfterRejection(session.accessToken())).isEqualTo("access-2");
        assertThat(tokens.session().orElseThrow().refreshToken()).isEqualTo("refresh-2");
    }
}
