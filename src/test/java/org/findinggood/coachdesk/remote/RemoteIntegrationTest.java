package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Coach;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase.Outage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote layer end to end: OkHttp over real sockets to the local Supabase stand-in, which runs every
 * request as the signed-in coach on real PostgreSQL with the project's migrations (issue 4, "Done when").
 */
class RemoteIntegrationTest {

    private static final String EMAIL = "coach.remote@example.org";
    private static final String PASSWORD = "correct horse battery staple 42";
    private static final String CLIENT = "client.one@example.org";

    private static FreshDatabase database;
    private static LocalSupabase supabase;
    private static UUID coachId;

    @TempDir
    Path home;

    private SupabaseProject project;
    private RemoteHttp http;
    private AuthClient auth;
    private FileTokenStore store;
    private SessionTokens tokens;
    private PostgrestClient client;
    private final List<SessionEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startSupabase() {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
        coachId = supabase.createCoach(EMAIL, PASSWORD, "Remote Coach");
    }

    @AfterAll
    static void stopSupabase() throws Exception {
        supabase.close();
        database.close();
    }

    @BeforeEach
    void signIn() {
        project = new SupabaseProject(supabase.baseUrl(), supabase.anonKey());
        http = new RemoteHttp(RemoteHttp.defaultClient(),
                new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5), RetryPolicy.THREAD_SLEEP),
                RemoteJson.newMapper());
        auth = new AuthClient(project, http, Clock.systemUTC());
        store = new FileTokenStore(home.resolve("session.json"));
        tokens = new SessionTokens(auth, store, Clock.systemUTC(), Duration.ofSeconds(60));
        tokens.addListener((event, session) -> events.add(event));
        tokens.signIn(EMAIL, PASSWORD);
        client = new PostgrestClient(project, tokens, http);
    }

    @AfterEach
    void backOnline() {
        supabase.outage(Outage.NONE);
        supabase.accessTokenLifetime(Duration.ofHours(1));
    }

    private static Map<String, Object> activity(String text, String status, String notes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("client_email", CLIENT);
        row.put("coach_id", coachId.toString());
        row.put("activity_text", text);
        row.put("status", status);
        row.put("coach_notes", notes);
        return row;
    }

    @Test
    void signsInAndKnowsTheUser() {
        AuthSession session = tokens.session().orElseThrow();
        assertThat(session.userId()).isEqualTo(coachId);
        assertThat(store.load()).contains(session);
        AuthUser user = auth.currentUser(session);
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.id()).isEqualTo(coachId);
        assertThat(client.from("coaches").eq("id", coachId).list(Coach.class))
                .singleElement().extracting(Coach::name).isEqualTo("Remote Coach");
        assertThat(events).containsExactly(SessionEvent.SIGNED_IN);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> auth.signInWithPassword(EMAIL, "not the password"))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessageNotContaining("not the password");
    }

    @Test
    void readsWithEachFilter() {
        String tag = "filters-" + UUID.randomUUID();
        List<AgreedActivity> inserted = client.from("agreed_activities").insert(List.of(
                activity(tag + " call O'Brien, then (maybe) \"lunch\"", "pending", null),
                activity(tag + " write 50% of the plan", "evidence_found", "notes a"),
                activity(tag + " Resolve it", "resolved", "notes b"),
                activity(tag + " drop it", "deprioritized", null)), AgreedActivity.class);
        assertThat(inserted).hasSize(4).allSatisfy(row -> {
            assertThat(row.id()).isNotNull();
            assertThat(row.source()).isEqualTo(ActivitySource.FOCUS);
            assertThat(row.visibility()).isEqualTo(Visibility.SHARED);
            assertThat(row.createdAt()).isNotNull();
        });
        PostgrestQuery mine = client.from("agreed_activities").like("activity_text", tag + "*");

        assertThat(texts(mine.eq("status", ActivityStatus.PENDING))).containsExactly(tag + " call O'Brien, then (maybe) \"lunch\"");
        assertThat(texts(mine.neq("status", ActivityStatus.PENDING))).hasSize(3);
        assertThat(texts(mine.eq("activity_text", tag + " call O'Brien, then (maybe) \"lunch\""))).hasSize(1);
        assertThat(texts(mine.ilike("activity_text", "*RESOLVE*"))).containsExactly(tag + " Resolve it");
        assertThat(texts(mine.like("activity_text", "* 50% of*"))).containsExactly(tag + " write 50% of the plan");
        assertThat(texts(mine.in("activity_text", List.of(tag + " call O'Brien, then (maybe) \"lunch\"", tag + " drop it"))))
                .hasSize(2);
        assertThat(texts(mine.is("coach_notes", null))).hasSize(2);
        assertThat(texts(mine.not("coach_notes", "is", "null"))).hasSize(2);
        assertThat(texts(mine.or(Condition.eq("status", "resolved"), Condition.eq("activity_text", tag + " call O'Brien, then (maybe) \"lunch\""))))
                .hasSize(2);
        assertThat(texts(mine.or(Condition.and(Condition.eq("status", "evidence_found"), Condition.is("coach_notes", null)),
                Condition.in("status", List.of("deprioritized"))))).containsExactly(tag + " drop it");
        assertThat(texts(mine.order("coach_notes", Order.ASC, Nulls.FIRST).order("activity_text")))
                .containsExactly(tag + " call O'Brien, then (maybe) \"lunch\"", tag + " drop it",
                        tag + " write 50% of the plan", tag + " Resolve it");
        assertThat(texts(mine.order("coach_notes", Order.DESC, Nulls.LAST).order("activity_text").range(1, 2)))
                .containsExactly(tag + " write 50% of the plan", tag + " call O'Brien, then (maybe) \"lunch\"");

        UUID first = inserted.get(0).id();
        assertThat(mine.gte("created_at", inserted.get(0).createdAt()).list(AgreedActivity.class)).hasSize(4);
        assertThat(mine.gt("created_at", inserted.get(0).createdAt().plusDays(1)).list(AgreedActivity.class)).isEmpty();
        assertThat(mine.lt("created_at", inserted.get(0).createdAt().plusDays(1)).limit(3).list(AgreedActivity.class)).hasSize(3);
        assertThat(mine.lte("created_at", inserted.get(0).createdAt()).eq("id", first).list(AgreedActivity.class)).hasSize(1);
    }

    private static List<String> texts(PostgrestQuery query) {
        return query.list(AgreedActivity.class).stream().map(AgreedActivity::activityText).toList();
    }

    @Test
    void pagesTenThousandRowsPastTheThousandRowCap() throws Exception {
        String email = "paging-" + UUID.randomUUID() + "@example.org";
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into public.weekly_snapshots (client_email, coach_id, week_number, week_start, week_end) "
                    + "select '" + email + "', '" + coachId + "', n, date '2020-01-06' + 7 * n, date '2020-01-12' + 7 * n "
                    + "from generate_series(1, 10000) n");
        }
        PostgrestQuery snapshots = client.from("weekly_snapshots").eq("client_email", email);

        assertThat(snapshots.list(WeeklySnapshot.class)).as("one plain request stops at the server's cap").hasSize(1000);
        assertThat(snapshots.count()).isEqualTo(10_000);
        Counted<WeeklySnapshot> counted = snapshots.order("week_number").limit(5).listWithCount(WeeklySnapshot.class);
        assertThat(counted.rows()).extracting(WeeklySnapshot::weekNumber).containsExactly(1, 2, 3, 4, 5);
        assertThat(counted.total()).hasValue(10_000);

        int before = supabase.requestCount("/rest/v1/weekly_snapshots");
        List<Integer> pageSizes = new ArrayList<>();
        java.util.Set<Integer> weeks = new java.util.HashSet<>();
        long delivered = snapshots.forEachPage(5000, List.of("id"), WeeklySnapshot.class, page -> {
            pageSizes.add(page.size());
            page.forEach(row -> weeks.add(row.weekNumber()));
        });
        assertThat(delivered).isEqualTo(10_000);
        assertThat(weeks).hasSize(10_000);
        assertThat(pageSizes).hasSize(10).containsOnly(1000);
        assertThat(supabase.requestCount("/rest/v1/weekly_snapshots") - before).isEqualTo(11); // 10 full pages + the empty one

        List<WeeklySnapshot> byTwoKeys = snapshots.listAll(WeeklySnapshot.class, "week_start", "id");
        assertThat(byTwoKeys).hasSize(10_000);
        assertThat(byTwoKeys).extracting(WeeklySnapshot::weekStart).isSorted();
    }

    @Test
    void insertsUpdatesUpsertsAndDeletes() {
        String tag = "crud-" + UUID.randomUUID();
        AgreedActivity created = client.from("agreed_activities")
                .insert(activity(tag, "pending", "first"), AgreedActivity.class).get(0);
        assertThat(created.status()).isEqualTo(ActivityStatus.PENDING);

        List<AgreedActivity> updated = client.from("agreed_activities").eq("id", created.id())
                .update(Map.of("status", "evidence_found", "coach_notes", "second"), AgreedActivity.class);
        assertThat(updated).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(ActivityStatus.EVIDENCE_FOUND);
            assertThat(row.coachNotes()).isEqualTo("second");
            assertThat(row.updatedAt()).as("the updated_at trigger ran").isAfterOrEqualTo(created.updatedAt());
        });
        assertThat(client.from("agreed_activities").eq("id", created.id()).eq("updated_at", created.updatedAt().minusDays(1))
                .update(Map.of("coach_notes", "stale write"), AgreedActivity.class))
                .as("an update whose filter matches nothing returns no row: the caller's conflict signal").isEmpty();

        String clientEmail = "upsert-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> aggregate = new LinkedHashMap<>();
        aggregate.put("client_email", clientEmail);
        aggregate.put("coach_id", coachId.toString());
        aggregate.put("total_weeks", 3);
        RollingAggregate firstUpsert = client.from("rolling_aggregates")
                .upsert(aggregate, "client_email,coach_id", RollingAggregate.class).get(0);
        aggregate.put("total_weeks", 4);
        RollingAggregate secondUpsert = client.from("rolling_aggregates")
                .upsert(List.of(aggregate), "client_email,coach_id", RollingAggregate.class).get(0);
        assertThat(secondUpsert.id()).isEqualTo(firstUpsert.id());
        assertThat(secondUpsert.totalWeeks()).isEqualTo(4);
        assertThat(client.from("rolling_aggregates").eq("client_email", clientEmail).count()).isEqualTo(1);

        assertThat(client.from("agreed_activities").eq("id", created.id()).delete(AgreedActivity.class)).hasSize(1);
        assertThat(client.from("agreed_activities").eq("id", created.id()).list(AgreedActivity.class)).isEmpty();
        assertThat(client.from("agreed_activities").eq("id", created.id()).delete(AgreedActivity.class)).isEmpty();
    }

    @Test
    void aUniqueViolationIsAConflictWithTheServersDetails() {
        ConflictException conflict = catchThrowableOfType(ConflictException.class,
                () -> client.from("coaches").insert(Map.of("email", EMAIL, "name", "Twin"), JsonNode.class));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("23505");
        assertThat(conflict.serverMessage()).isEqualTo("duplicate key value violates unique constraint \"coaches_email_key\"");
        assertThat(conflict.details()).isEqualTo("Key (email)=(" + EMAIL + ") already exists.");
    }

    @Test
    void onATableWithRowLevelSecurityPostgresWithholdsTheKeyButTheConflictIsStillTyped() {
        Map<String, Object> checkin = Map.of("client_email", "unique-" + UUID.randomUUID() + "@example.org",
                "check_date", LocalDate.of(2026, 11, 24).toString());
        client.from("daily_checkins").insert(checkin, JsonNode.class);

        ConflictException conflict = catchThrowableOfType(ConflictException.class,
                () -> client.from("daily_checkins").insert(checkin, JsonNode.class));

        assertThat(conflict.code()).isEqualTo("23505");
        assertThat(conflict.serverMessage()).contains("daily_checkins_client_email_check_date_key");
        // PostgreSQL leaves out "Key (...)=(...)" when RLS is on, so Supabase sends details: null here too
        assertThat(conflict.details()).isNull();
    }

    @Test
    void checkAndForeignKeyViolationsAreConstraintViolations() {
        ConstraintViolationException check = catchThrowableOfType(ConstraintViolationException.class,
                () -> client.from("agreed_activities").insert(activity("bad status", "finished", null), JsonNode.class));
        assertThat(check.code()).isEqualTo("23514");
        assertThat(check.status()).isEqualTo(400);

        ConstraintViolationException foreignKey = catchThrowableOfType(ConstraintViolationException.class,
                () -> client.from("weekly_snapshots").insert(Map.of("client_email", CLIENT, "coach_id", UUID.randomUUID().toString(),
                        "week_start", "2026-11-16", "week_end", "2026-11-22"), JsonNode.class));
        assertThat(foreignKey.code()).isEqualTo("23503");
        assertThat(foreignKey.status()).isEqualTo(409);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedTransparentlyOnce() {
        String oldRefresh = store.load().orElseThrow().refreshToken();
        int grants = supabase.refreshGrants();
        supabase.expireAccessTokens();

        assertThat(client.from("coaches").eq("id", coachId).list(Coach.class)).hasSize(1);

        assertThat(supabase.refreshGrants() - grants).isEqualTo(1);
        assertThat(store.load().orElseThrow().refreshToken()).isNotEqualTo(oldRefresh);
        assertThat(events).containsExactly(SessionEvent.SIGNED_IN, SessionEvent.REFRESHED);
        // supabase/auth internal/tokens/service.go: the parent of the active refresh token gets the active one back
        assertThat(auth.refresh(oldRefresh).refreshToken()).isEqualTo(store.load().orElseThrow().refreshToken());
    }

    @Test
    void requestsWaitingOnAnExpiredTokenShareOneRefresh() throws Exception {
        int grants = supabase.refreshGrants();
        supabase.expireAccessTokens();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Coach>>> reads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<List<Coach>> read = () -> {
                go.await();
                return client.from("coaches").eq("id", coachId).list(Coach.class);
            };
            reads.add(pool.submit(read));
        }
        go.countDown();
        for (Future<List<Coach>> read : reads) {
            assertThat(read.get()).hasSize(1);
        }
        pool.shutdown();
        assertThat(supabase.refreshGrants() - grants).isEqualTo(1);
    }

    @Test
    void refreshesBeforeExpiryWithoutWaitingForA401() {
        supabase.accessTokenLifetime(Duration.ofSeconds(30)); // inside the 60 s margin
        tokens.signIn(EMAIL, PASSWORD);
        int grants = supabase.refreshGrants();

        client.from("coaches").eq("id", coachId).list(Coach.class);

        assertThat(supabase.refreshGrants() - grants).isEqualTo(1);
    }

    @Test
    void aRevokedRefreshTokenSignsOutCleanly() {
        supabase.revokeRefreshTokens(EMAIL);
        supabase.expireAccessTokens();

        SignedOutException out = catchThrowableOfType(SignedOutException.class,
                () -> client.from("coaches").list(Coach.class));

        assertThat(out.code()).isEqualTo("refresh_token_not_found");
        assertThat(tokens.signedIn()).isFalse();
        assertThat(store.file()).doesNotExist();
        assertThat(events).endsWith(SessionEvent.SIGNED_OUT);
        assertThatThrownBy(() -> client.from("coaches").list(Coach.class)).isInstanceOf(SignedOutException.class);
    }

    @Test
    void signingOutRevokesTheRefreshTokenOnTheServer() {
        String refresh = store.load().orElseThrow().refreshToken();
        tokens.signOut();
        assertThat(store.file()).doesNotExist();
        assertThatThrownBy(() -> auth.refresh(refresh)).isInstanceOf(SignedOutException.class);
    }

    @Test
    void aServerThatIsDownIsRetryableAndTheSessionSurvivesIt() {
        AuthSession session = tokens.session().orElseThrow();
        supabase.outage(Outage.DOWN);

        UnavailableException down = catchThrowableOfType(UnavailableException.class,
                () -> client.from("coaches").list(Coach.class));
        assertThat(down.retryable()).isTrue();
        UnavailableException refreshDown = catchThrowableOfType(UnavailableException.class,
                () -> tokens.refreshAfterRejection(session.accessToken()));
        assertThat(refreshDown.retryable()).isTrue();
        assertThat(tokens.session()).contains(session);
        assertThat(store.load()).contains(session);

        supabase.outage(Outage.NONE);
        assertThat(client.from("coaches").eq("id", coachId).list(Coach.class)).hasSize(1);
    }

    @Test
    void aDatabaseOutageIsRetryableAndGarbageIsFinal() {
        supabase.outage(Outage.UNAVAILABLE);
        UnavailableException unavailable = catchThrowableOfType(UnavailableException.class,
                () -> client.from("coaches").list(Coach.class));
        assertThat(unavailable.code()).isEqualTo("PGRST001");
        assertThat(unavailable.retryable()).isTrue();

        supabase.outage(Outage.GARBAGE);
        NetworkLoginPageException garbage = catchThrowableOfType(NetworkLoginPageException.class,
                () -> client.from("coaches").list(Coach.class));
        assertThat(garbage.sentence()).isEqualTo("A network login page answered; sign in to the network, then sync.");
        assertThat(tokens.signedIn()).isTrue();
    }
}
