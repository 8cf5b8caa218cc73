package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.RollingAggregateRepository;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client shared by two coaches: coach B's activities (with private notes), snapshots and aggregate for
 * that client never reach coach A's cache, on the first sync, on incremental syncs paging through the row
 * cap, and in the id reconciliation; a foreign row an older cache already holds is purged; A's own rows and
 * the client's null-coach rows still sync. Against the stand-in over PostgreSQL, with the seed's permissive
 * policies (only the pull's filter protects A) and with coach_scoped.sql (the filter must fit the policies).
 */
class SharedClientPrivacyTest {

    private static final String COACH_A = "coach.a@example.org";
    private static final String COACH_B = "coach.b@example.org";
    private static final String SHARED = "mine1@example.org";
    private static final String B_NOTES = "Private note of B";
    private static final int CAP = 40;
    private static final SyncSettings SMALL_PAGES = SyncSettings.standard().withPageSize(CAP).withInListChunk(2);

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private CacheDatabase cache;
    private UUID coachA;
    private UUID coachB;

    private void seed(boolean coachScopedPolicies) throws Exception {
        stack = LocalSyncStack.start();
        if (coachScopedPolicies) {
            stack.database().applyScript(PostgresHarness.coachScopedPolicies());
        }
        stack.supabase().maxRows(CAP);
        coachA = stack.coach(COACH_A);
        coachB = stack.coach(COACH_B);
        try (Connection c = stack.sql()) {
            // A: three clients, 20 activities each (60 > the cap of 40: reads page)
            new ServerSeed(3, 1, 20, 3, 2, 1).write(c, coachA, "mine");
            new ServerSeed(1, 1, 2, 1, 1, 1).write(c, coachB, "theirs");
            // B coaches A's client mine1 too, with 25 activities of their own, a snapshot and an aggregate
            exec(c, "insert into coaching_relationships (coach_id, client_email, status) values (?, '" + SHARED + "', 'active')", coachB);
            exec(c, "insert into agreed_activities (client_email, coach_id, activity_text, coach_notes, visibility) "
                    + "select '" + SHARED + "', ?, 'B activity ' || g, '" + B_NOTES + " ' || g, 'coach_only' from generate_series(1, 25) g", coachB);
            exec(c, "insert into weekly_snapshots (client_email, coach_id, week_start, week_end, themes) "
                    + "values ('" + SHARED + "', ?, current_date, current_date + 6, '[\"B only\"]')", coachB);
            exec(c, "insert into rolling_aggregates (client_email, coach_id, total_weeks) values ('" + SHARED + "', ?, 9)", coachB);
            // rows of the client itself, tied to no coach: both coaches hold them
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into agreed_activities (client_email, coach_id, source, activity_text) "
                        + "values ('" + SHARED + "', null, 'focus', 'From the client''s own Focus')");
                s.executeUpdate("insert into weekly_snapshots (client_email, coach_id, week_start, week_end) "
                        + "values ('" + SHARED + "', null, current_date - 7, current_date - 1)");
            }
        }
        cache = CacheDatabase.open(dir.resolve("a.db"), SecretsLog.randomCacheKey()).database();
    }

    @AfterEach
    void close() {
        if (cache != null) {
            cache.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @ParameterizedTest(name = "coach_scoped.sql applied: {0}")
    @ValueSource(booleans = {false, true})
    void anotherCoachsRowsForASharedClientNeverReachTheCache(boolean coachScopedPolicies) throws Exception {
        seed(coachScopedPolicies);
        CoachSync sync = stack.signIn(COACH_A, stack.supabase().baseUrl(), RemoteHttp.defaultClient(), CAP)
                .sync(cache, SMALL_PAGES);

        sync.run(SyncProgress.NONE);
        assertOnlyCoachAsRows();
        assertThat(new AgreedActivityRepository(cache).all())
                .anyMatch(a -> a.coachId() == null && a.clientEmail().equals(SHARED))
                .filteredOn(a -> a.coachId() != null).hasSize(60);
        assertThat(new WeeklySnapshotRepository(cache).all()).anyMatch(s -> s.coachId() == null);

        // Incremental: every activity changes on the server (more than a page), B adds another note.
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            s.executeUpdate("update agreed_activities set status = 'resolved'");
            exec(c, "insert into agreed_activities (client_email, coach_id, activity_text, coach_notes) "
                    + "values ('" + SHARED + "', ?, 'B later', '" + B_NOTES + " later')", coachB);
            exec(c, "insert into agreed_activities (client_email, coach_id, activity_text, coach_notes) "
                    + "values ('" + SHARED + "', ?, 'A later', 'A note later')", coachA);
        }
        int before = stack.supabase().requestCount("/rest/v1/agreed_activities");
        sync.run(SyncProgress.NONE);
        assertThat(stack.supabase().requestCount("/rest/v1/agreed_activities") - before)
                .as("62 changed rows of A's scope in pages of 40").isGreaterThanOrEqualTo(2);
        assertOnlyCoachAsRows();
        assertThat(new AgreedActivityRepository(cache).all()).anyMatch(a -> "A note later".equals(a.coachNotes()))
                .filteredOn(a -> a.status().name().equals("RESOLVED")).hasSize(61); // A's 60 and the null-coach one

        // The id reconciliation compares with the same scope: it neither fetches B's rows nor keeps them.
        sync.reconcileNextRound();
        sync.run(SyncProgress.NONE);
        assertOnlyCoachAsRows();
    }

    @ParameterizedTest(name = "coach_scoped.sql applied: {0}")
    @ValueSource(booleans = {false, true})
    void foreignRowsAnOlderCacheHoldsArePurgedOnTheNextSync(boolean coachScopedPolicies) throws Exception {
        seed(coachScopedPolicies);
        CoachSync sync = stack.signIn(COACH_A, stack.supabase().baseUrl(), RemoteHttp.defaultClient(), CAP)
                .sync(cache, SMALL_PAGES);
        sync.run(SyncProgress.NONE);
        // What a cache written by the client-only filter held: B's rows of the shared client.
        try (Connection c = stack.sql()) {
            new AgreedActivityRepository(cache).upsertAll(serverRows(c, "agreed_activities", AgreedActivity.class));
            new WeeklySnapshotRepository(cache).upsertAll(serverRows(c, "weekly_snapshots", WeeklySnapshot.class));
            new RollingAggregateRepository(cache).upsertAll(serverRows(c, "rolling_aggregates", RollingAggregate.class));
        }
        assertThat(new AgreedActivityRepository(cache).all()).anyMatch(a -> coachB.equals(a.coachId()));

        sync.run(SyncProgress.NONE); // not a reconciliation round: the purge does not wait for one

        assertOnlyCoachAsRows();
    }

    private void assertOnlyCoachAsRows() throws Exception {
        assertThat(new AgreedActivityRepository(cache).all()).isNotEmpty()
                .allMatch(a -> a.coachId() == null || a.coachId().equals(coachA))
                .noneMatch(a -> a.coachNotes() != null && a.coachNotes().startsWith(B_NOTES));
        assertThat(new WeeklySnapshotRepository(cache).all()).isNotEmpty()
                .allMatch(s -> s.coachId() == null || s.coachId().equals(coachA));
        assertThat(new RollingAggregateRepository(cache).all()).isNotEmpty()
                .allMatch(r -> r.coachId() == null || r.coachId().equals(coachA));
        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, coachA)).isEmpty();
        }
    }

    /** B's rows for the shared client, read as PostgREST would send them. */
    private <T> List<T> serverRows(Connection c, String table, Class<T> type) throws Exception {
        var json = org.findinggood.coachdesk.remote.RemoteJson.newMapper();
        List<T> rows = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select row_to_json(t)::text from public." + table
                + " t where client_email = '" + SHARED + "' and coach_id = ?")) {
            ps.setObject(1, coachB);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(json.readValue(rs.getString(1), type));
                }
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static void exec(Connection c, String sql, UUID coach) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, coach);
            ps.executeUpdate();
        }
    }
}
