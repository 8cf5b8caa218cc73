package org.findinggood.coachdesk.testsupport.supabase;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for a Supabase project (PostgREST can't be installed on these machines): a real
 * HTTP server on a loopback port speaking the subset of {@code /rest/v1} (PostgREST) and
 * {@code /auth/v1} (GoTrue) that Coach Desk uses, over a {@link FreshDatabase} with the project's
 * migrations. HS256 JWTs as Supabase issues them; requests without {@code apikey} are refused like
 * Supabase's gateway does; responses are capped at {@code max-rows} (1,000 like Supabase).
 *
 * <p>Test hooks: {@link #expireAccessTokens()}, {@link #revokeRefreshTokens(String)},
 * {@link #accessTokenLifetime(Duration)}, {@link #outage(Outage)}, {@link #maxRows(int)}.
 * Every token, key and password it issues or accepts is recorded with {@link SecretsLog}.
 */
public final class LocalSupabase implements AutoCloseable {

    /** How the server misbehaves. */
    public enum Outage {
        /** Works. */
        NONE,
        /** The port is closed: connection refused. */
        DOWN,
        /** Every request answers 503 with PostgREST's PGRST001 (database unreachable). */
        UNAVAILABLE,
        /** Every request answers 200 with an HTML page (a captive portal or a wrong URL). */
        GARBAGE,
        /** A captive portal: every request is redirected (302) to the network's HTML login page. */
        CAPTIVE_PORTAL,
        /** Cloudflare in front of the project cannot reach it: 522 with Cloudflare's HTML error page. */
        CLOUDFLARE_522,
        /** The project is paused: 540 (Supabase docs, guides/platform/http-status-codes). */
        PAUSED,
        /** Supabase's gateway timed out waiting for the project: 544. */
        GATEWAY_TIMEOUT,
        /** The organisation is restricted under the Fair Use Policy: 402 with the reason (exceed_egress_quota). */
        RESTRICTED,
        /**
         * PostgREST requests run into PostgreSQL's statement_timeout (Supabase: 8 s for {@code authenticated}):
         * a real 57014 from the database, answered 500 as PostgREST's Error.hs maps it.
         */
        STATEMENT_TIMEOUT,
        /** GoTrue's rate limit: every {@code /auth/v1} request answers 429 over_request_rate_limit, no Retry-After. */
        AUTH_RATE_LIMIT
    }

    private static final Logger LOG = LoggerFactory.getLogger(LocalSupabase.class);
    private static final Set<String> API_ROLES = Set.of("anon", "authenticated", "service_role");

    private final FreshDatabase database;
    private final Clock clock = Clock.systemUTC();
    private final HsJwt jwt;
    private final String anonKey;
    private final String serviceRoleKey;
    private final String publishableKey;
    private volatile boolean legacyKeysDisabled;
    private volatile String loseAnswerTo;
    private final LocalGoTrue goTrue;
    private final ConnectionPool pool;
    private final LocalPostgrest postgrest;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, AtomicInteger> requests = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Outage outage = Outage.NONE;
    private volatile Hold hold = Hold.NONE;
    private HttpServer server;
    private ExecutorService executor;

    private LocalSupabase(FreshDatabase database) {
        this.database = database;
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        this.jwt = new HsJwt(secret);
        this.anonKey = jwt.sign(Map.of("iss", "supabase-local", "role", "anon", "exp", 4102444800L));
        this.serviceRoleKey = jwt.sign(Map.of("iss", "supabase-local", "role", "service_role", "exp", 4102444800L));
        SecretsLog.record(secret);
        SecretsLog.record(anonKey);
        SecretsLog.record(serviceRoleKey);
        this.publishableKey = "sb_publishable_" + UUID.randomUUID().toString().replace("-", "");
        SecretsLog.record(publishableKey);
        this.goTrue = new LocalGoTrue(jwt, clock);
        this.pool = new ConnectionPool(database, 6);
        this.postgrest = new LocalPostgrest(pool, 1000);
    }

    /** Starts the stand-in on a free loopback port over {@code database}. */
    public static LocalSupabase start(FreshDatabase database) {
        LocalSupabase supabase = new LocalSupabase(database);
        supabase.listen(0);
        return supabase;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String anonKey() {
        return anonKey;
    }

    public String serviceRoleKey() {
        return serviceRoleKey;
    }

    /** The project's publishable key ({@code sb_publishable_...}), accepted like the anon key. */
    public String publishableKey() {
        return publishableKey;
    }

    public FreshDatabase database() {
        return database;
    }

    /** A GoTrue user; returns its id. */
    public UUID createUser(String email, String password) {
        return goTrue.createUser(email, password).id();
    }

    /** A GoTrue user and its {@code coaches} row (same id), as the Finding Good tools create coaches. */
    public UUID createCoach(String email, String password, String name) {
        UUID id = createUser(email, password);
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("insert into public.coaches (id, email, name) values (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, email.toLowerCase(Locale.ROOT));
            insert.setString(3, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not insert the coaches row: " + e.getMessage(), e);
        }
        return id;
    }

    // ---- test hooks -----------------------------------------------------------------------------------

    /** Access tokens issued from now on live this long (GoTrue's JWT expiry). */
    public void accessTokenLifetime(Duration lifetime) {
        goTrue.accessLifetime(lifetime);
    }

    /** Every access token issued so far answers 401 "JWT expired" from now on. */
    public void expireAccessTokens() {
        goTrue.expireAccessTokens();
    }

    /** Revokes every refresh token of the user (as an admin "sign out everywhere"). */
    public void revokeRefreshTokens(String email) {
        goTrue.revokeRefreshTokens(email);
    }

    /**
     * The project's legacy JWT keys (anon, service_role) are turned off, as every project's will be in 2026:
     * the gateway answers them 401 "Legacy API keys are disabled"; the publishable key still works.
     */
    public void disableLegacyKeys() {
        legacyKeysDisabled = true;
    }

    /** The legacy keys work again. */
    public void enableLegacyKeys() {
        legacyKeysDisabled = false;
    }

    /** The next request to {@code path} is carried out, but its answer is lost (the connection closes). */
    public void loseNextAnswer(String path) {
        loseAnswerTo = path;
    }

    /** GoTrue refuses this user's password sign-in with email_not_confirmed. */
    public void unconfirmed(String email) {
        goTrue.unconfirmed(email);
    }

    /** GoTrue refuses this user with user_banned. */
    public void ban(String email) {
        goTrue.ban(email);
    }

    /** CAPTCHA protection is on: password sign-in without a captcha token answers captcha_failed. */
    public void captcha(boolean required) {
        goTrue.captcha(required);
    }

    /** The Email provider is turned off: password sign-in answers 422 email_provider_disabled. */
    public void emailLogins(boolean enabled) {
        goTrue.emailLogins(enabled);
    }

    /** Off: GoTrue ignores X-Supabase-Api-Version and answers {@code {code: status, error_code, msg}}. */
    public void goTrueApiVersions(boolean known) {
        goTrue.apiVersions(known);
    }

    /** GoTrue answers errors in the older OAuth shape {@code {error, error_description}}. */
    public void legacyErrorShape(boolean legacy) {
        goTrue.legacyErrorShape(legacy);
    }

    /** GoTrue's refresh token reuse interval (hosted default 10 s). */
    public void refreshTokenReuseInterval(Duration interval) {
        goTrue.reuseInterval(interval);
    }

    /** After this many more MFA challenge or verify requests, each answers 429 over_request_rate_limit. */
    public void mfaRequestsAllowed(int requests) {
        goTrue.factors().mfaRequestsAllowed(requests);
    }

    /** Every MFA challenge issued so far has outlived GoTrue's 300 s. */
    public void expireMfaChallenges() {
        goTrue.factors().expireChallenges();
    }

    /**
     * Enrols and verifies a TOTP factor for the user directly (as if done earlier on another device); returns the
     * base32 secret, for {@code TotpCodes}.
     */
    public String enrolVerifiedTotp(String email, String friendlyName) {
        return goTrue.factors().enrolVerified(goTrue.userByEmail(email), friendlyName);
    }

    /** How many {@code grant_type=refresh_token} requests arrived. */
    public int refreshGrants() {
        return goTrue.refreshGrants();
    }

    /** How many requests arrived at a path, e.g. {@code /rest/v1/coaches}. */
    public int requestCount(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** The server's row cap per response (PostgREST {@code db-max-rows}; Supabase default 1,000). */
    public void maxRows(int rows) {
        postgrest.maxRows(rows);
    }

    /**
     * Requests whose path starts with {@code pathPrefix} wait (at most a minute) until {@link #release()}:
     * a test can look at a client in the middle of a sync, deterministically.
     */
    public void hold(String pathPrefix) {
        // The new hold is in place before the previous one lets its requests go.
        Hold previous = hold;
        hold = new Hold(pathPrefix, new CountDownLatch(1), new CountDownLatch(1));
        previous.gate().countDown();
    }

    /** True once a request is waiting at the current hold. */
    public boolean awaitHeld(Duration timeout) throws InterruptedException {
        return hold.arrived().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets held requests (and later ones) through. */
    public void release() {
        Hold previous = hold;
        hold = Hold.NONE;
        previous.gate().countDown();
    }

    private record Hold(String prefix, CountDownLatch gate, CountDownLatch arrived) {
        static final Hold NONE = new Hold(null, new CountDownLatch(0), new CountDownLatch(0));

        void await(String path) {
            if (prefix == null || !path.startsWith(prefix)) {
                return;
            }
            arrived.countDown();
            try {
                gate.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public synchronized void outage(Outage next) {
        Outage previous = outage;
        outage = next;
        if (next == Outage.DOWN && previous != Outage.DOWN) {
            stopListening();
        } else if (next != Outage.DOWN && previous == Outage.DOWN) {
            listen(port());
        }
    }

    private int port() {
        return boundPort;
    }

    private volatile int boundPort;

    // ---- HTTP -----------------------------------------------------------------------------------------

    private synchronized void listen(int wanted) {
        try {
            server = LoopbackHttpServer.create(wanted, 50);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on 127.0.0.1:" + wanted, e);
        }
        boundPort = server.getAddress().getPort();
        executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "local-supabase");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private synchronized void stopListening() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = read(exchange);
            requests.computeIfAbsent(call.path(), p -> new AtomicInteger()).incrementAndGet();
            hold.await(call.path());
            HttpAnswer answer;
            try {
                answer = route(call);
            } catch (RuntimeException bug) {
                LOG.error("The stand-in failed on {} {}", call.method(), call.path(), bug);
                answer = HttpAnswer.json(500, "{\"message\":\"stand-in failure\"}");
            }
            LOG.debug("{} {} -> {}", call.method(), call.path(), answer.status());
            if (call.path().equals(loseAnswerTo)) {
                loseAnswerTo = null;
                LOG.debug("{} {}: answer dropped", call.method(), call.path());
                return; // done, but the client hears nothing: the connection closes without a response
            }
            write(exchange, call, answer);
        }
    }

    private HttpAnswer route(HttpCall call) {
        switch (outage) {
            case UNAVAILABLE:
                return HttpAnswer.json(503, "{\"code\":\"PGRST001\",\"details\":null,\"hint\":null,"
                        + "\"message\":\"Database client error. Retrying the connection.\"}");
            case GARBAGE:
                return new HttpAnswer(200, Map.of("Content-Type", "text/html"), "<html><body>Welcome to the hotel Wi-Fi</body></html>");
            case CAPTIVE_PORTAL:
                if (!call.path().equals("/portal/login")) {
                    return new HttpAnswer(302, Map.of("Location", baseUrl() + "/portal/login?continue=1"), null);
                }
                return new HttpAnswer(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                        "<html><body><form>Accept the terms to use the hotel Wi-Fi</form></body></html>");
            case CLOUDFLARE_522:
                return new HttpAnswer(522, Map.of("Content-Type", "text/html; charset=UTF-8", "Server", "cloudflare"),
                        "<!DOCTYPE html><html><head><title>Connection timed out | 522</title></head><body>Error code 522</body></html>");
            case PAUSED:
                return HttpAnswer.json(540, "{\"message\":\"Project paused\"}");
            case GATEWAY_TIMEOUT:
                return HttpAnswer.json(544, "{\"message\":\"upstream request timeout\"}");
            case RESTRICTED:
                return HttpAnswer.json(402, "{\"message\":\"Service for this project is restricted due to the following "
                        + "violations: exceed_egress_quota.\"}");
            case STATEMENT_TIMEOUT:
                if (call.path().startsWith("/rest/v1/")) {
                    return postgrest.statementTimeout();
                }
                break;
            case AUTH_RATE_LIMIT:
                if (call.path().startsWith("/auth/v1/")) {
                    return goTrue.error(call, 429, "over_request_rate_limit", "Request rate limit reached");
                }
                break;
            default:
                break;
        }
        String apiKey = call.header("apikey");
        if (apiKey == null) {
            // Supabase's gateway refuses requests without the project's key before they reach PostgREST/GoTrue
            return HttpAnswer.json(401, "{\"message\":\"No API key found in request\",\"hint\":\"No `apikey` request header or url param was found.\"}");
        }
        if (legacyKeysDisabled && (apiKey.equals(anonKey) || apiKey.equals(serviceRoleKey))) {
            // docs guides/api/api-keys: once disabled, the gateway refuses the legacy JWT keys (no PostgREST/GoTrue code)
            return HttpAnswer.json(401, "{\"message\":\"Legacy API keys are disabled\",\"hint\":\"Your legacy API keys "
                    + "(anon, service_role) were disabled. Re-enable them in the Supabase dashboard, or use the new "
                    + "publishable and secret API keys.\"}");
        }
        if (!apiKey.equals(anonKey) && !apiKey.equals(serviceRoleKey) && !apiKey.equals(publishableKey)) {
            return HttpAnswer.json(401, "{\"message\":\"Invalid API key\",\"hint\":\"Double check your Supabase `anon` or `service_role` API key.\"}");
        }
        String path = call.path();
        if (path.startsWith("/auth/v1/")) {
            return auth(call, path.substring("/auth/v1/".length()));
        }
        if (path.startsWith("/rest/v1/") && path.length() > "/rest/v1/".length()) {
            return rest(call, path.substring("/rest/v1/".length()));
        }
        return HttpAnswer.json(404, "{\"message\":\"no Route matched with those values\"}");
    }

    private HttpAnswer auth(HttpCall call, String endpoint) {
        if (endpoint.equals("token") && call.method().equals("POST")) {
            return goTrue.token(call);
        }
        if (endpoint.equals("settings") && call.method().equals("GET")) {
            return goTrue.settings();
        }
        ObjectNode claims;
        try {
            claims = bearerClaims(call);
        } catch (HsJwt.Invalid invalid) {
            // supabase/auth internal/api/auth.go parseJWTClaims: 403 bad_jwt, also for an expired token
            return goTrue.error(call, 403, "bad_jwt", "invalid JWT: unable to parse or verify signature, " + invalid.getMessage());
        }
        if (claims == null || !claims.hasNonNull("sub")) {
            return goTrue.error(call, 401, "no_authorization", "This endpoint requires a valid Bearer token");
        }
        if (endpoint.equals("logout") && call.method().equals("POST")) {
            return goTrue.logout(call, claims);
        }
        if (endpoint.equals("user") && call.method().equals("GET")) {
            return goTrue.user(claims);
        }
        if (endpoint.equals("factors") || endpoint.startsWith("factors/")) {
            HttpAnswer answer = goTrue.factors().route(call, endpoint, claims);
            if (answer != null) {
                return answer;
            }
        }
        return goTrue.error(call, 404, "not_found", "Not found");
    }

    private HttpAnswer rest(HttpCall call, String table) {
        ObjectNode claims;
        try {
            claims = bearerClaims(call);
        } catch (HsJwt.Invalid invalid) {
            // docs: errors, "PGRST3xx JWT errors": PGRST303 for failed claims validation (expiry), PGRST301 otherwise
            String code = invalid.expired ? "PGRST303" : "PGRST301";
            return postgrest.error(new RestError(401, code, invalid.getMessage(), null, null))
                    .with("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"" + invalid.getMessage() + "\"");
        }
        if (claims == null) {
            claims = json.createObjectNode().put("role", "anon");
        }
        String role = claims.path("role").asText("anon");
        if (!API_ROLES.contains(role)) {
            return postgrest.error(new RestError(401, "PGRST301", "JWT role is not an API role", null, null));
        }
        return postgrest.handle(call, table, role, claims.toString());
    }

    /** Null without an Authorization header; throws when the token is invalid or expired. */
    private ObjectNode bearerClaims(HttpCall call) throws HsJwt.Invalid {
        String authorization = call.header("Authorization");
        if (authorization == null) {
            return null;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new HsJwt.Invalid("Missing Bearer scheme", false);
        }
        String token = authorization.substring(7).trim();
        if (token.equals(publishableKey)) {
            return null; // the gateway turns a publishable key into the anon role
        }
        if (goTrue.expiredByHook(token)) {
            throw new HsJwt.Invalid("JWT expired", true);
        }
        return jwt.verify(token, clock.instant().getEpochSecond());
    }

    private static HttpCall read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        return new HttpCall(exchange.getRequestMethod(), uri.getPath(), HttpCall.decodeQuery(uri.getRawQuery()), headers, body);
    }

    private static void write(HttpExchange exchange, HttpCall call, HttpAnswer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = bytes.length == 0 || call.method().equals("HEAD") || answer.status() == 204;
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        stopListening();
        pool.close();
    }
}
