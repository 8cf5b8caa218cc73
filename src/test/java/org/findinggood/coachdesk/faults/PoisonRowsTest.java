package org.findinggood.coachdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.findinggood.coachdesk.model.ServerTimestamps;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.RetryPolicy;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.QuarantineRepository;
import org.findinggood.coachdesk.store.QuarantinedRow;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;
import org.findinggood.coachdesk.sync.CacheVersusServer;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.QuarantineNotice;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncFailure;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 5: rows that used to stop every later sync. What PostgreSQL legitimately sends is stored
 * ({@code infinity}, {@code -infinity}: PostgreSQL docs "Date/Time Types", special values; a space for the
 * {@code T}: its text output format); what cannot be stored (JSON nested 10,000 deep, bytes that are not UTF-8,
 * a null the cache requires) is kept aside with its error and text, the rest of the sync goes on, the coach is
 * told, and the row is stored once it changes on the server.
 */
class PoisonRowsTest {

    private static final String COACH = "poison@example.org";

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private UUID coachId;
    private CacheDatabase cache;

    @BeforeEach
    void seed() throws Exception {
        stack = LocalSyncStack.start();
        coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(3, 1, 6, 3, 5, 1).write(c, coachId, "poison");
        }
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), SecretsLog.randomCacheKey());
    }

    @AfterEach
    void close() {
        cache.close();
        stack.close();
    }

    @Test
    void rowsPostgresqlMaySendAreStoredAndRowsThatCannotBeAreKeptAsideWhileTheRestSyncs() throws Exception {
        UUID infinite;
        UUID minusInfinite;
        UUID deep;
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            List<UUID> snapshots = ids(s, "select id from weekly_snapshots order by id");
            infinite = snapshots.get(0);
            minusInfinite = snapshots.get(1);
            deep = snapshots.get(2);
            s.executeUpdate("update weekly_snapshots set created_at = 'infinity' where id = '" + infinite + "'");
            s.executeUpdate("update weekly_snapshots set created_at = '-infinity' where id = '" + minusInfinite + "'");
            // valid jsonb: PostgreSQL takes it; Jackson's reader stops at 1,000 levels
            s.executeUpdate("update weekly_snapshots set themes = (repeat('[', 10000) || repeat(']', 10000))::jsonb "
                    + "where id = '" + deep + "'");
        }
        // one read of agreed_activities each: timestamps with a space, bytes that are not UTF-8, a null client_email
        FaultSchedule schedule = FaultSchedule.sequence(Fault.POISON_SPACED_TIMESTAMP, Fault.POISON_INVALID_UTF8,
                Fault.POISON_NULL_REQUIRED);
        try (FaultProxy proxy = new FaultProxy(stack.supabase().baseUrl(), schedule, Duration.ofSeconds(5), Duration.ofMillis(50))
                .poisonOnly(path -> path.endsWith("/agreed_activities")).poisonSticks()) {
            schedule.pause();
            LocalSyncStack.SignedIn coach = stack.signIn(COACH, proxy.baseUrl(), RemoteHttp.defaultClient(),
                    PostgrestClient.SUPABASE_MAX_ROWS, RetryPolicy.defaults());
            schedule.resume();
            // pages of 5: agreed_activities (18 rows) is read in several pages, one spoiled each
            CoachSync sync = coach.sync(cache, SyncSettings.standard().withPageSize(5));

            sync.run(SyncProgress.NONE);

            assertThat(proxy.injected()).isEqualTo(3);
            List<QuarantinedRow> kept = new QuarantineRepository(cache).all();
            assertThat(kept).extracting(QuarantinedRow::table)
                    .containsExactlyInAnyOrder("weekly_snapshots", "agreed_activities", "agreed_activities");
            assertThat(kept).filteredOn(r -> r.rowId().equals(deep)).singleElement()
                    .satisfies(r -> assertThat(r.error()).contains("nesting depth"))
                    .satisfies(r -> assertThat(r.raw()).startsWith("{").contains("[[[[[["));
            assertThat(kept).filteredOn(r -> r.table().equals("agreed_activities")).extracting(QuarantinedRow::error)
                    .anySatisfy(e -> assertThat(e).containsIgnoringCase("UTF-8"))
                    .anySatisfy(e -> assertThat(e).contains("the cache refused it").contains("NOT NULL"));
            WeeklySnapshotRepository snapshots = new WeeklySnapshotRepository(cache);
            assertThat(snapshots.findById(infinite)).get().extracting(WeeklySnapshot::createdAt)
                    .isEqualTo(ServerTimestamps.INFINITY);
            assertThat(snapshots.findById(minusInfinite)).get().extracting(WeeklySnapshot::createdAt)
                    .isEqualTo(ServerTimestamps.MINUS_INFINITY);
            assertEqualOutside(kept);

            SyncFailure told = new QuarantineNotice(new QuarantineRepository(cache)).current().orElseThrow();
            assertThat(told.sentence()).startsWith("3 rows from the server could not be shown; the rest is up to date");
            assertThat(told.details()).contains(deep.toString()).contains("weekly_snapshots");

            // the next rounds still run (nothing frozen); the rows stay aside until they change on the server,
            // also the ones the overlap re-reads (the backfill's cursor stops at the newest row it could read)
            sync.reconcileNextRound();
            sync.run(SyncProgress.NONE);
            assertThat(new QuarantineRepository(cache).all()).extracting(QuarantinedRow::rowId)
                    .containsExactlyInAnyOrderElementsOf(kept.stream().map(QuarantinedRow::rowId).toList());
            try (Connection c = stack.sql(); Statement s = c.createStatement()) {
                s.executeUpdate("update weekly_snapshots set themes = '[\"mended\"]' where id = '" + deep + "'");
                s.executeUpdate("update agreed_activities set updated_at = now() where id in ("
                        + kept.stream().filter(r -> r.table().equals("agreed_activities"))
                                .map(r -> "'" + r.rowId() + "'").collect(Collectors.joining(",")) + ")");
            }
            // snapshots have no updated_at: the reconciliation re-reads them whole
            sync.reconcileNextRound();
            sync.run(SyncProgress.NONE);

            assertThat(new QuarantineRepository(cache).all()).isEmpty();
            assertThat(new QuarantineNotice(new QuarantineRepository(cache)).current()).isEmpty();
            assertEqualOutside(List.of());
        }
    }

    private void assertEqualOutside(List<QuarantinedRow> kept) throws Exception {
        Set<String> aside = kept.stream().map(r -> r.rowId().toString()).collect(Collectors.toSet());
        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, coachId))
                    .filteredOn(line -> aside.stream().noneMatch(line::contains)).isEmpty();
        }
    }

    private static List<UUID> ids(Statement s, String sql) throws Exception {
        List<UUID> ids = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add((UUID) rs.getObject(1));
            }
        }
        return ids;
    }
}
