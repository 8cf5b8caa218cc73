package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A project's "Max rows" below what the client asks for. PostgREST cuts every answer to {@code db-max-rows}
 * silently: {@code Content-Range} then reports only the rows sent ({@code 0-1/*} for two rows of many; upstream
 * PostgREST/postgrest test/spec/Feature/Query/QueryLimitedSpec.hs, "restricts results"). The client here
 * assumes Supabase's default 1,000 and asks for pages of 1,000, as an install does that never heard of the
 * lowered cap. A first sync (backfill in id ranges side by side), an incremental round and a reconciliation
 * must end with the cache equal to the server row for row at each cap.
 */
class ServerRowCapTest {

    private static final String COACH = "cap@example.org";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "max rows {0}")
    @ValueSource(ints = {1, 7, 100, 500, 1000})
    void firstSyncIncrementalAndReconciliationEndEqualToTheServerAtAnyCap(int cap) throws Exception {
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            stack.supabase().maxRows(cap);
            UUID coachId = stack.coach(COACH);
            try (Connection c = stack.sql()) {
                // 3 clients x 210 check-ins: 630 rows in one table, above the 500 cap and below 1,000
                new ServerSeed(3, 2, 12, 4, 210, 2).write(c, coachId, "cap");
            }
            LocalSyncStack.SignedIn coach = stack.signIn(COACH, stack.supabase().baseUrl(), RemoteHttp.defaultClient(),
                    PostgrestClient.SUPABASE_MAX_ROWS);
            try (CacheDatabase cache = LocalSyncStack.openCache(dir.resolve("cap.db"), SecretsLog.randomCacheKey())) {
                // bulk from 50 rows: the check-ins are read in two id ranges side by side
                CoachSync sync = coach.sync(cache, SyncSettings.standard().withBulkRows(50));

                sync.run(SyncProgress.NONE);
                assertEqual(stack, cache, coachId, "after the first sync");
                assertThat(new DailyCheckinRepository(cache).all()).hasSize(630);

                try (Connection c = stack.sql(); Statement s = c.createStatement()) {
                    s.executeUpdate("update agreed_activities set coach_notes = 'changed ' || id, updated_at = now() "
                            + "where client_email = 'cap1@example.org'");
                    s.executeUpdate("insert into weekly_snapshots (client_email, week_start, week_end) "
                            + "select 'cap2@example.org', current_date - g * 7, current_date - g * 7 + 6 "
                            + "from generate_series(100, 111) g");
                }
                sync.run(SyncProgress.NONE);
                assertEqual(stack, cache, coachId, "after an incremental round");

                try (Connection c = stack.sql(); Statement s = c.createStatement()) {
                    s.executeUpdate("delete from daily_checkins where client_email = 'cap3@example.org' "
                            + "and check_date < current_date - 200");
                    s.executeUpdate("delete from agreed_activities where id in "
                            + "(select id from agreed_activities where client_email = 'cap2@example.org' limit 2)");
                }
                sync.reconcileNextRound();
                sync.run(SyncProgress.NONE);
                assertEqual(stack, cache, coachId, "after a reconciliation");
                assertThat(new DailyCheckinRepository(cache).all()).hasSize(630 - 10);
            }
        }
    }

    private static void assertEqual(LocalSyncStack stack, CacheDatabase cache, UUID coachId, String when)
            throws Exception {
        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, coachId)).as(when).isEmpty();
        }
    }
}
