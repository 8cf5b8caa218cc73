package org.findinggood.coachdesk.sync;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.RemoteJson;
import org.findinggood.coachdesk.remote.RequestDeadlines;
import org.findinggood.coachdesk.remote.RetryPolicy;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.remote.TokenStore;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;

/**
 * The real parts a sync test needs: a fresh PostgreSQL database with the project's migrations, the
 * local Supabase stand-in over it (HTTP on loopback), coaches signed in through GoTrue, and SQLCipher
 * cache files. Close it to drop the database.
 */
public final class LocalSyncStack implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery staple";

    private final FreshDatabase database;
    private final LocalSupabase supabase;

    private LocalSyncStack(FreshDatabase database, LocalSupabase supabase) {
        this.database = database;
        this.supabase = supabase;
    }

    public static LocalSyncStack start() {
        FreshDatabase database = PostgresHarness.freshDatabase();
        return new LocalSyncStack(database, LocalSupabase.start(database));
    }

    public LocalSupabase supabase() {
        return supabase;
    }

    public FreshDatabase database() {
        return database;
    }

    /** A superuser connection for server-side edits ("another device" writing directly). */
    public Connection sql() throws SQLException {
        return database.connect();
    }

    /** A coach account (GoTrue user + {@code coaches} row with the same id). */
    public UUID coach(String email) {
        return supabase.createCoach(email, PASSWORD, "Coach " + email);
    }

    /** A signed-in client for {@code email}, talking to {@code baseUrl} (the stand-in, or a proxy in front of it). */
    public SignedIn signIn(String email, URI baseUrl, OkHttpClient http, int maxRows) {
        return signIn(email, baseUrl, http, maxRows, RetryPolicy.defaults());
    }

    public SignedIn signIn(String email, URI baseUrl, OkHttpClient http, int maxRows, RetryPolicy retry) {
        return signIn(email, baseUrl, http, maxRows, retry, RequestDeadlines.standard());
    }

    public SignedIn signIn(String email, URI baseUrl, OkHttpClient http, int maxRows, RetryPolicy retry,
            RequestDeadlines deadlines) {
        RemoteHttp remote = new RemoteHttp(http, retry, RemoteJson.newMapper(), deadlines);
        SupabaseProject project = new SupabaseProject(baseUrl, supabase.anonKey());
        SessionTokens tokens = new SessionTokens(new AuthClient(project, remote, Clock.systemUTC()), TokenStore.inMemory());
        tokens.signIn(email, PASSWORD);
        return new SignedIn(tokens, new PostgrestClient(project, tokens, remote, maxRows));
    }

    public SignedIn signIn(String email) {
        return signIn(email, supabase.baseUrl(), RemoteHttp.defaultClient(), PostgrestClient.SUPABASE_MAX_ROWS);
    }

    /** A short-timeout HTTP client, so injected timeouts cost little. */
    public static OkHttpClient quickClient(Duration timeout) {
        return RemoteHttp.defaultClient().newBuilder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout.multipliedBy(4))
                .build();
    }

    public static CacheDatabase openCache(Path file, CacheKey key) {
        SecretsLog.cacheKey(key);
        CacheOpenResult result = CacheDatabase.open(file, key);
        return result.database();
    }

    @Override
    public void close() {
        supabase.close();
        try {
            database.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database", e);
        }
    }

    /** A signed-in session and its PostgREST client. */
    public record SignedIn(SessionTokens tokens, PostgrestClient rest) {

        public CoachSync sync(CacheDatabase cache, SyncSettings settings) {
            return new CoachSync(rest, tokens::session, cache, settings, Clock.systemUTC());
        }
    }
}
