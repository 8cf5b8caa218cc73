package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.remote.AssuranceLevel;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.MfaClient;
import org.findinggood.coachdesk.remote.PasswordSignIn;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.remote.TokenStore;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.sync.CacheVersusServer;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coach Desk's sync against the stand-in with coach_scoped.sql and require_aal2.sql applied (real embedded
 * PostgreSQL with the migrations): a session from the password alone ({@code aal1}) reads none of the V4 tables;
 * the session after a real TOTP code ({@code aal2}: supabase/auth {@code internal/api/mfa.go} verifyTOTPFactor, the
 * claim as {@code internal/models/sessions.go} CalculateAALAndAMR sets it) syncs the coach's whole scope, pushes an
 * edit, and still does after a refresh ({@code internal/tokens/service.go} keeps the session's aal).
 */
class SyncUnderRequireAal2PoliciesTest {

    private static final String COACH = "aal2.coach@example.org";

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private UUID coachId;
    private String secret;

    @BeforeEach
    void seedAndRequireAal2() throws Exception {
        stack = LocalSyncStack.start();
        stack.database().applyScript(PostgresHarness.coachScopedPolicies());
        stack.database().applyScript(PostgresHarness.supabaseDirectory().resolve("policies").resolve("require_aal2.sql"));
        coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(3, 2, 4, 3, 6, 2).write(c, coachId, "mine");
        }
        secret = stack.supabase().enrolVerifiedTotp(COACH, "Phone");
    }

    @AfterEach
    void close() {
        stack.close();
    }

    private CacheDatabase cache(String name) {
        return CacheDatabase.open(dir.resolve(name), SecretsLog.randomCacheKey()).database();
    }

    @Test
    void anAal1SessionReadsNothingAndAnAal2SessionSyncsTheScope() throws Exception {
        RemoteHttp http = RemoteHttp.withDefaults();
        SupabaseProject project = new SupabaseProject(stack.supabase().baseUrl(), stack.supabase().anonKey());
        AuthClient auth = new AuthClient(project, http, Clock.systemUTC());

        PasswordSignIn password = auth.signInWithPasswordAndFactors(COACH, LocalSyncStack.PASSWORD);
        assertThat(password.needsCode()).isTrue();
        try (CacheDatabase aal1Cache = cache("aal1.db")) {
            try {
                sync(project, http, auth, password.session(), aal1Cache).run(SyncProgress.NONE);
            } catch (RuntimeException refused) {
                // however the round ends, nothing of the coach's clients may arrive
            }
            assertThat(new RelationshipRepository(aal1Cache).all()).isEmpty();
            assertThat(new ClientRepository(aal1Cache).all()).isEmpty();
            assertThat(new AgreedActivityRepository(aal1Cache).all()).isEmpty();
        }

        MfaClient mfa = new MfaClient(project, http, auth);
        UUID factor = password.verifiedTotpFactors().get(0).id();
        MfaClient.Challenge challenge = mfa.challenge(password.session().accessToken(), factor);
        AuthSession aal2 = mfa.verify(password.session().accessToken(), factor, challenge.id(),
                TotpCodes.code(secret, Instant.now()));
        assertThat(AssuranceLevel.of(aal2)).isEqualTo(AssuranceLevel.AAL2);

        try (CacheDatabase aal2Cache = cache("aal2.db")) {
            TokenStore store = TokenStore.inMemory();
            store.save(aal2);
            SessionTokens tokens = new SessionTokens(auth, store);
            CoachSync sync = new CoachSync(new PostgrestClient(project, tokens, http, PostgrestClient.SUPABASE_MAX_ROWS),
                    tokens::session, aal2Cache, SyncSettings.standard(), Clock.systemUTC());
            sync.run(SyncProgress.NONE);
            assertThat(new ClientRepository(aal2Cache).all()).hasSize(3);
            try (Connection c = stack.sql()) {
                assertThat(new CacheVersusServer().differences(c, aal2Cache, coachId)).isEmpty();
            }

            // a refreshed session is still aal2, so the edit goes through the restrictive policy
            assertThat(AssuranceLevel.of(tokens.refreshAfterRejection(aal2.accessToken()))).isEqualTo(AssuranceLevel.AAL2);
            AgreedActivity existing = new AgreedActivityRepository(aal2Cache).all().get(0);
            new LocalEdits(aal2Cache).editCoachNotes(existing.id(), "Two-factor: ask about the trip");
            sync.run(SyncProgress.NONE);
            assertThat(new OutboxRepository(aal2Cache).count()).isZero();
            try (Connection c = stack.sql()) {
                assertThat(Sql.row(c, "select coach_notes from agreed_activities where id = '" + existing.id() + "'"))
                        .isEqualTo("Two-factor: ask about the trip");
                assertThat(new CacheVersusServer().differences(c, aal2Cache, coachId)).isEmpty();
            }
        }
    }

    private static CoachSync sync(SupabaseProject project, RemoteHttp http, AuthClient auth, AuthSession session,
            CacheDatabase cache) {
        TokenStore store = TokenStore.inMemory();
        store.save(session);
        SessionTokens tokens = new SessionTokens(auth, store);
        return new CoachSync(new PostgrestClient(project, tokens, http, PostgrestClient.SUPABASE_MAX_ROWS),
                tokens::session, cache, SyncSettings.standard(), Clock.systemUTC());
    }
}
