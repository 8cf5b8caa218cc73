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
        GARBAGE
    }

    private static final Logger LOG = LoggerFactory.getLogger(LocalSupabase.class);
    private static final Set<String> API_ROLES = Set.of("anon", "authenticated", "service_role");

    private final FreshDatabase database;
    private final Clock clock = Clock.systemUTC();
    private final HsJwt jwt;
    private final String anonKey;
    private final String serviceRoleKey;
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
            default:
                break;
        }
        String apiKey = call.header("apikey");
        if (apiKey == null) {
            // Supabase's gateway refuses requests without the project's key before they reach PostgREST/GoTrue
            return HttpAnswer.json(401, "{\"message\":\"No API key found in request\",\"hint\":\"No `apikey` request header or url param was found.\"}");
        }
        if (!apiKey.equals(anonKey) && !apiKey.equals(serviceRoleKey)) {
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
        ObjectNode claims;
        try {
            claims = bearerClaims(call);
        } catch (HsJwt.Invalid invalid) {
            return goTrue.error(401, "bad_jwt", "invalid JWT: unable to parse or verify signature, " + invalid.getMessage());
        }
        if (claims == null || !claims.hasNonNull("sub")) {
            return goTrue.error(401, "no_authorization", "This endpoint requires a valid Bearer token");
        }
        if (endpoint.equals("logout") && call.method().equals("POST")) {
            return goTrue.logout(claims);
        }
        if (endpoint.equals("user") && call.method().equals("GET")) {
            return goTrue.user(claims);
        }
        return goTrue.error(404, "not_found", "Not found");
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
