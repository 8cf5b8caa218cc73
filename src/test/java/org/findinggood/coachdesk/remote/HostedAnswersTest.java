package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.findinggood.coachdesk.model.Coach;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase.Outage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers a hosted Supabase project really sends (issue #17 items 2-5), driven through the real
 * {@link AuthClient}, {@link SessionTokens} and {@link PostgrestClient} against the stand-in over sockets.
 * Each case names the upstream file it follows.
 */
class HostedAnswersTest {

    private static final String EMAIL = "coach.hosted@example.org";
    private static final String PASSWORD = "correct horse battery staple 17";

    private static FreshDatabase database;
    private static LocalSupabase supabase;
    private static UUID coachId;

    @TempDir
    Path home;

    @BeforeAll
    static void startSupabase() {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
        coachId = supabase.createCoach(EMAIL, PASSWORD, "Hosted Coach");
    }

    @AfterAll
    static void stopSupabase() throws Exception {
        supabase.close();
        database.close();
    }

    @AfterEach
    void reset() {
        supabase.outage(Outage.NONE);
        supabase.accessTokenLifetime(Duration.ofHours(1));
        supabase.captcha(false);
        supabase.emailLogins(true);
        supabase.legacyErrorShape(false);
        supabase.goTrueApiVersions(true);
        supabase.refreshTokenReuseInterval(Duration.ofSeconds(10));
    }

    private static RemoteHttp http() {
        return new RemoteHttp(RemoteHttp.defaultClient(),
                new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(5), RetryPolicy.THREAD_SLEEP),
                RemoteJson.newMapper());
    }

    /** One laptop: its key, its clock, its saved session. */
    private final class Laptop {
        final SupabaseProject project;
        final AuthClient auth;
        final FileTokenStore store;
        final SessionTokens tokens;
        final PostgrestClient rest;

        Laptop(String key, Clock clock, String name) {
            this(key, clock, name, Duration.ofSeconds(60));
        }

        Laptop(String key, Clock clock, String name, Duration margin) {
            project = new SupabaseProject(supabase.baseUrl(), key);
            RemoteHttp http = http();
            auth = new AuthClient(project, http, clock);
            store = new FileTokenStore(home.resolve(name + ".session.json"));
            tokens = new SessionTokens(auth, store, clock, margin);
            rest = new PostgrestClient(project, tokens, http);
        }

        List<Coach> coaches() {
            return rest.from("coaches").eq("id", coachId).list(Coach.class);
        }
    }

    private Laptop signedIn(String name) {
        Laptop laptop = new Laptop(supabase.anonKey(), Clock.systemUTC(), name);
        laptop.tokens.signIn(EMAIL, PASSWORD);
        return laptop;
    }

    // ---- item 2: gateway answers are not session answers -------------------------------------------------

    @Test
    void aRetiredLegacyKeyKeepsTheSessionAndTheCurrentKeyResumesIt() {
        // Supabase docs guides/api/api-keys: disabled legacy keys are refused by the gateway, 401 without a code
        Laptop laptop = signedIn("legacy");
        String refreshBefore = laptop.store.load().orElseThrow().refreshToken();
        int tokenRequests = supabase.requestCount("/auth/v1/token");
        supabase.disableLegacyKeys();
        try {
            ApiKeyRejectedException refused = catchThrowableOfType(ApiKeyRejectedException.class, laptop::coaches);

            assertThat(refused.sentence()).isEqualTo("The project no longer accepts this app key; paste the project's "
                    + "current publishable key in Sign in (Settings > API Keys in the Supabase dashboard).");
            assertThat(supabase.requestCount("/auth/v1/token")).as("no refresh for a gateway 401").isEqualTo(tokenRequests);
            assertThat(laptop.tokens.signedIn()).isTrue();
            assertThat(laptop.store.load()).get().extracting(AuthSession::refreshToken).isEqualTo(refreshBefore);

            // a sign-in with the old key is a key problem, not "the e-mail or password is not right"
            assertThat(catchThrowableOfType(ApiKeyRejectedException.class,
                    () -> laptop.auth.signInWithPassword(EMAIL, PASSWORD))).isNotNull();

            // the coach pastes the publishable key: the saved session goes on, no new sign-in
            Laptop updated = new Laptop(supabase.publishableKey(), Clock.systemUTC(), "legacy");
            assertThat(updated.coaches()).hasSize(1);
            assertThat(updated.tokens.session()).get().extracting(AuthSession::refreshToken).isEqualTo(refreshBefore);
        } finally {
            supabase.enableLegacyKeys();
        }
    }

    @Test
    void aGatewayNotFoundSaysTheUrlIsNotTheApi() {
        // the gateway's 404 {"message":"no Route matched with those values"}, no PostgREST code
        SupabaseProject elsewhere = new SupabaseProject(supabase.baseUrl().resolve("/not-supabase"), supabase.anonKey());
        NotFoundException notFound = catchThrowableOfType(NotFoundException.class,
                () -> new AuthClient(elsewhere, http(), Clock.systemUTC()).settings());
        assertThat(notFound.sentence()).contains("check the project URL");
    }

    // ---- item 3: each GoTrue refusal gets its own sentence, in all three shapes --------------------------

    @Test
    void eachSignInRefusalHasItsSentenceInEveryShape() {
        // supabase/auth internal/api/token.go, middleware.go (codes), errors.go (shapes); auth-js lib/fetch.ts handleError
        String unconfirmed = "unconfirmed.hosted@example.org";
        String banned = "banned.hosted@example.org";
        supabase.createUser(unconfirmed, PASSWORD);
        supabase.createUser(banned, PASSWORD);
        supabase.unconfirmed(unconfirmed);
        supabase.ban(banned);
        AuthClient auth = new AuthClient(new SupabaseProject(supabase.baseUrl(), supabase.anonKey()), http(), Clock.systemUTC());
        List<Consumer<Boolean>> shapes = List.of(
                on -> { }, // {code, message}: the client names API version 2024-01-01
                on -> supabase.goTrueApiVersions(!on), // {code: 400, error_code, msg}
                on -> supabase.legacyErrorShape(on)); // {error: invalid_grant, error_description}
        for (Consumer<Boolean> shape : shapes) {
            shape.accept(true);
            try {
                assertRefusal(auth, EMAIL, "wrong password", AuthRefusal.INVALID_CREDENTIALS);
                assertRefusal(auth, unconfirmed, PASSWORD, AuthRefusal.EMAIL_NOT_CONFIRMED);
                assertRefusal(auth, banned, PASSWORD, AuthRefusal.USER_BANNED);
                supabase.captcha(true);
                assertRefusal(auth, EMAIL, PASSWORD, AuthRefusal.CAPTCHA_REQUIRED);
                supabase.captcha(false);
                supabase.emailLogins(false);
                assertRefusal(auth, EMAIL, PASSWORD, AuthRefusal.EMAIL_LOGINS_DISABLED);
                supabase.emailLogins(true);
            } finally {
                shape.accept(false);
            }
        }
        assertThat(AuthRefusal.EMAIL_NOT_CONFIRMED.sentence()).isNotEqualTo(AuthRefusal.INVALID_CREDENTIALS.sentence());
    }

    private static void assertRefusal(AuthClient auth, String email, String password, AuthRefusal expected) {
        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> auth.signInWithPassword(email, password));
        assertThat(refused).as(expected.name()).isNotNull();
        assertThat(refused.refusal()).isEqualTo(expected);
        assertThat(refused.sentence()).isEqualTo(expected.sentence());
    }

    @Test
    void aRateLimitedSignInIsNotRetriedAndSaysWhenToTryAgain() {
        // middleware.go: 429 over_request_rate_limit without Retry-After; apilimiter.go: 150 per 5 minutes
        AuthClient auth = new AuthClient(new SupabaseProject(supabase.baseUrl(), supabase.anonKey()), http(), Clock.systemUTC());
        supabase.outage(Outage.AUTH_RATE_LIMIT);
        int before = supabase.requestCount("/auth/v1/token");

        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> auth.signInWithPassword(EMAIL, PASSWORD));

        assertThat(refused.refusal()).isEqualTo(AuthRefusal.RATE_LIMITED);
        assertThat(refused.sentence()).contains("try again in 5 minutes");
        assertThat(supabase.requestCount("/auth/v1/token") - before).as("not retried").isEqualTo(1);
    }

    @Test
    void eachRefreshRefusalEndsTheSessionWithItsOwnSentence() {
        // tokens/service.go: refresh_token_not_found after an admin revoked the tokens; in the legacy shape too
        for (boolean legacy : new boolean[] {false, true}) {
            Laptop laptop = signedIn("revoked-" + legacy);
            supabase.legacyErrorShape(legacy);
            supabase.revokeRefreshTokens(EMAIL);
            supabase.expireAccessTokens();

            SignedOutException ended = catchThrowableOfType(SignedOutException.class, laptop::coaches);

            assertThat(ended.sentence()).isEqualTo(AuthRefusal.REFRESH_TOKEN_NOT_FOUND.sentence());
            assertThat(laptop.tokens.signedIn()).isFalse();
            assertThat(laptop.store.load()).isEmpty();
            supabase.legacyErrorShape(false);
        }
    }

    // ---- item 4: platform and outage answers are temporary ------------------------------------------------

    @Test
    void platformAnswersAreTemporaryRetriedForReadsAndKeepTheSession() {
        // Supabase docs guides/platform/http-status-codes (402, 540, 544, 52x); auth-js lib/fetch.ts NETWORK_ERROR_CODES;
        // PostgREST src/library/PostgREST/Error.hs (57014 -> 500)
        record Case(Outage outage, int status, String sentence) { }
        List<Case> cases = List.of(
                new Case(Outage.PAUSED, 540, "The Finding Good project is paused; your data here stays available offline."),
                new Case(Outage.CLOUDFLARE_522, 522, "Supabase's network could not reach the Finding Good project (HTTP 522)"),
                new Case(Outage.GATEWAY_TIMEOUT, 544, "took too long to answer (gateway timeout)"),
                new Case(Outage.RESTRICTED, 402, "restricted by Supabase"),
                new Case(Outage.STATEMENT_TIMEOUT, 500, "ran longer than its time limit (statement timeout)"));
        Laptop laptop = signedIn("platform");
        for (Case c : cases) {
            supabase.outage(c.outage());
            int before = supabase.requestCount("/rest/v1/coaches");

            UnavailableException unavailable = catchThrowableOfType(UnavailableException.class, laptop::coaches);

            assertThat(unavailable).as(c.outage().name()).isNotNull();
            assertThat(unavailable.status()).isEqualTo(c.status());
            assertThat(unavailable.sentence()).contains(c.sentence());
            assertThat(unavailable.retryable()).isTrue();
            assertThat(supabase.requestCount("/rest/v1/coaches") - before).as(c.outage() + " retried").isEqualTo(3);
            assertThat(laptop.tokens.signedIn()).isTrue();
            supabase.outage(Outage.NONE);
        }
        assertThat(laptop.coaches()).hasSize(1);
    }

    @Test
    void aNetworkLoginPageIsNotAnUnreadableAnswer() {
        // issue #18 item 6: a captive portal redirects every request to its HTML login page
        Laptop laptop = signedIn("portal");
        supabase.outage(Outage.CAPTIVE_PORTAL);

        NetworkLoginPageException portal = catchThrowableOfType(NetworkLoginPageException.class, laptop::coaches);

        assertThat(portal.sentence()).isEqualTo("A network login page answered; sign in to the network, then sync.");
        assertThat(laptop.tokens.signedIn()).isTrue();
    }

    // ---- item 5: sessions as GoTrue really behaves ----------------------------------------------------------

    @Test
    void aLaptopClockAnHourOffDoesNotRefreshBeforeEveryRequest() {
        // expiry from expires_in on the laptop's own clock at receipt (auth-js lib/helpers.ts expiresAt)
        for (Duration skew : List.of(Duration.ofHours(1), Duration.ofHours(-1))) {
            Clock laptopClock = Clock.offset(Clock.systemUTC(), skew);
            Laptop laptop = new Laptop(supabase.anonKey(), laptopClock, "skew" + skew.isNegative());
            laptop.tokens.signIn(EMAIL, PASSWORD);
            int grants = supabase.refreshGrants();

            for (int i = 0; i < 5; i++) {
                assertThat(laptop.coaches()).hasSize(1);
            }

            assertThat(supabase.refreshGrants() - grants).as("refreshes with the clock " + skew + " off").isZero();
            assertThat(laptop.tokens.session().orElseThrow().expiresAt())
                    .isBetween(laptopClock.instant().plusSeconds(3500), laptopClock.instant().plusSeconds(3600));
        }
    }

    @Test
    void aRefreshWhoseAnswerWasLostIsRecoveredNotSignedOut() {
        // tokens/service.go: a revoked token that is the parent of the active one gets the active one back
        supabase.refreshTokenReuseInterval(Duration.ZERO); // only the parent rule may save the session
        Laptop laptop = signedIn("lost");
        supabase.expireAccessTokens();
        supabase.loseNextAnswer("/auth/v1/token");

        UnavailableException lost = catchThrowableOfType(UnavailableException.class, laptop::coaches);
        assertThat(lost).isNotNull();
        assertThat(laptop.tokens.signedIn()).isTrue();

        assertThat(laptop.coaches()).hasSize(1);
        assertThat(laptop.tokens.signedIn()).isTrue();
        // and the recovered token is the active one: it refreshes normally afterwards
        supabase.expireAccessTokens();
        assertThat(laptop.coaches()).hasSize(1);
    }

    @Test
    void aRejectedEarlyRefreshKeepsTheValidTokenUntilItExpires() {
        supabase.accessTokenLifetime(Duration.ofSeconds(30)); // inside the 60 s margin: every request refreshes early
        Laptop laptop = signedIn("early");
        supabase.revokeRefreshTokens(EMAIL);
        int grants = supabase.refreshGrants();

        for (int i = 0; i < 3; i++) {
            assertThat(laptop.coaches()).hasSize(1);
        }

        assertThat(supabase.refreshGrants() - grants).as("asked once, not before every request").isEqualTo(1);
        assertThat(laptop.tokens.signedIn()).isTrue();
    }

    @Test
    void signOutEndsThisLaptopsSessionOnlyRefreshingAnExpiredTokenFirst() {
        // logout.go: scope=local ends this session; auth.go: /logout refuses an expired token with 403 bad_jwt
        Laptop office = signedIn("office");
        Laptop home = signedIn("home");
        supabase.expireAccessTokens();
        String officeRefresh = office.store.load().orElseThrow().refreshToken();

        SignOutResult result = office.tokens.signOut();

        assertThat(result.serverTold()).isTrue();
        assertThat(office.store.load()).isEmpty();
        assertThat(home.coaches()).as("the other laptop stays signed in").hasSize(1);
        assertThat(catchThrowableOfType(SignedOutException.class, () -> office.auth.refresh(officeRefresh)))
                .as("this laptop's session ended on the server").isNotNull();
    }

    @Test
    void signOutOfflineSaysTheServerWasNotTold() {
        Laptop laptop = signedIn("offline");
        supabase.outage(Outage.DOWN);

        SignOutResult result = laptop.tokens.signOut();

        assertThat(result.serverTold()).isFalse();
        assertThat(result.sentence()).contains("the server could not be told");
        assertThat(laptop.store.load()).isEmpty();
    }
}
