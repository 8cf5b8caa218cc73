package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.store.DeferredIndexes;
import org.findinggood.coachdesk.store.FocusHistoryRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pull against the local Supabase stand-in over PostgreSQL, into a real SQLCipher cache file. */
class CoachSyncTest {

    private static final String COACH = "coach@example.org";
    private static final String OTHER_COACH = "other@example.org";
    private static final int CAP = 40;
    // bulkRows 50: backfills of bigger tables set their indexes aside, so every test here runs that path too
    private static final SyncSettings SMALL_PAGES = SyncSettings.standard().withPageSize(CAP).withInListChunk(3)
            .withBulkRows(50);

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private UUID coachId;
    private CacheDatabase cache;
    private LocalSyncStack.SignedIn coach;

    @BeforeEach
    void seed() throws Exception {
        stack = LocalSyncStack.start();
        stack.supabase().maxRows(CAP);
        coachId = stack.coach(COACH);
        UUID other = stack.coach(OTHER_COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(5, 2, 12, 10, 30, 3).write(c, coachId, "mine");
            new ServerSeed(2, 1, 3, 2, 2, 1).write(c, other, "theirs");
        }
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), key);
        coach = stack.signIn(COACH, stack.supabase().baseUrl(), RemoteHttp.defaultClient(), CAP);
    }

    @AfterEach
    void close() {
        cache.close();
        stack.close();
    }

    private void assertCacheEqualsServer() throws Exception {
        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, coachId)).isEmpty();
        }
    }

    @Test
    void firstSyncPullsTheCoachsScopeThroughTheRowCap() throws Exception {
        coach.sync(cache, SMALL_PAGES).run(SyncProgress.NONE);

        assertCacheEqualsServer();
        assertThat(new DeferredIndexes(cache).setAside()).as("indexes set aside for the backfill are back").isEmpty();
        assertThat(new RelationshipRepository(cache).all()).hasSize(5)
                .allMatch(r -> r.coachId().equals(coachId));
        assertThat(new ClientRepository(cache).all()).hasSize(5).allMatch(c -> c.email().startsWith("mine"));
        // 5 clients x 30 check-ins = 150 rows: more than the cap of 40, so paging happened
        assertThat(new DailyCheckinRepository(cache).all()).hasSize(150);
        assertThat(new AgreedActivityRepository(cache).all()).hasSize(60)
                .noneMatch(a -> a.clientEmail().startsWith("theirs"));
    }

    @Test
    void aBulkFilledTableIsAnnouncedToListenersOnceItsIndexesAreBackNotPageByPage() throws Exception {
        // What the roster and the client tabs listen to: a read of a table whose indexes are set aside scans it
        // whole under the lock the writer needs, so a reload per page slowed the app's first sync 3-4x.
        List<String> heard = new CopyOnWriteArrayList<>();
        List<String> indexesAsideWhenHeard = new CopyOnWriteArrayList<>();
        DeferredIndexes deferred = new DeferredIndexes(cache);
        cache.changes().addListener(tables -> {
            if (tables.contains("daily_checkins")) {
                heard.add("daily_checkins");
                indexesAsideWhenHeard.addAll(deferred.setAside());
            }
        });

        coach.sync(cache, SMALL_PAGES.withInListChunk(10)).run(SyncProgress.NONE);

        // all five clients in one chunk: 150 check-ins in pages of 40, four pages, one notice, after the indexes
        // were rebuilt (with smaller chunks, a later chunk smaller than the table is no bulk fill and is announced
        // page by page: its reads use the indexes)
        assertThat(heard).hasSize(1);
        assertThat(indexesAsideWhenHeard).isEmpty();
        assertThat(new DailyCheckinRepository(cache).all()).hasSize(150);
    }

    @Test
    void secondSyncReadsOnlyTheOverlapAndFindsServerChanges() throws Exception {
        CoachSync sync = coach.sync(cache, SMALL_PAGES);
        sync.run(SyncProgress.NONE);
        int before = stack.supabase().requestCount("/rest/v1/agreed_activities");
        UUID edited;
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select id from agreed_activities where client_email = 'mine1@example.org' limit 1");
            rs.next();
            edited = (UUID) rs.getObject(1);
            s.executeUpdate("update agreed_activities set coach_notes = 'changed on the web' where id = '" + edited + "'");
            s.executeUpdate("insert into weekly_snapshots (client_email, week_start, week_end) values ('mine2@example.org', current_date, current_date + 6)");
        }
        CountingProgress counted = new CountingProgress();
        sync.run(counted);

        assertCacheEqualsServer();
        assertThat(new AgreedActivityRepository(cache).findById(edited)).get()
                .extracting(AgreedActivity::coachNotes).isEqualTo("changed on the web");
        // one chunk of 3 + one of 2 clients: the incremental read is one short page per chunk
        assertThat(stack.supabase().requestCount("/rest/v1/agreed_activities") - before).isEqualTo(2);
        assertThat(counted.rows.get()).isLessThan(100);
    }

    @Test
    void outOfOrderCommitsAreNotSkipped() throws Exception {
        CoachSync sync = coach.sync(cache, SMALL_PAGES);
        sync.run(SyncProgress.NONE);
        UUID early;
        UUID late;
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select id from agreed_activities where client_email = 'mine3@example.org' order by id limit 2");
            rs.next();
            early = (UUID) rs.getObject(1);
            rs.next();
            late = (UUID) rs.getObject(1);
        }
        try (Connection first = stack.sql(); Connection second = stack.sql()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            // The first transaction starts (and stamps now()) before the second, but commits after it.
            update(first, early, "started first, committed last");
            Thread.sleep(20);
            update(second, late, "started last, committed first");
            second.commit();
            sync.run(SyncProgress.NONE);
            first.commit();
        }
        sync.run(SyncProgress.NONE);

        assertThat(new AgreedActivityRepository(cache).findById(early)).get()
                .extracting(AgreedActivity::coachNotes).isEqualTo("started first, committed last");
        assertCacheEqualsServer();
    }

    @Test
    void withoutTheOverlapAnOutOfOrderCommitWouldBeMissed() throws Exception {
        // The control for the test above: it shows the scenario really puts a row behind the cursor.
        CoachSync sync = coach.sync(cache, SMALL_PAGES.withOverlap(Duration.ZERO));
        sync.run(SyncProgress.NONE);
        UUID early;
        UUID late;
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select id from agreed_activities where client_email = 'mine3@example.org' order by id limit 2");
            rs.next();
            early = (UUID) rs.getObject(1);
            rs.next();
            late = (UUID) rs.getObject(1);
        }
        try (Connection first = stack.sql(); Connection second = stack.sql()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            update(first, early, "started first, committed last");
            Thread.sleep(20);
            update(second, late, "started last, committed first");
            second.commit();
            sync.run(SyncProgress.NONE);
            first.commit();
        }
        sync.run(SyncProgress.NONE);

        assertThat(new AgreedActivityRepository(cache).findById(early)).get()
                .extracting(AgreedActivity::coachNotes).isNotEqualTo("started first, committed last");
    }

    @Test
    void reconciliationFindsDeletionsAndChangesWithoutTimestamps() throws Exception {
        CoachSync sync = coach.sync(cache, SMALL_PAGES);
        sync.run(SyncProgress.NONE);
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from agreed_activities where id in (select id from agreed_activities where client_email = 'mine1@example.org' limit 3)");
            s.executeUpdate("delete from daily_checkins where client_email = 'mine2@example.org' and check_date < current_date - 20");
            s.executeUpdate("update weekly_snapshots set themes = '[\"rewritten\"]' where client_email = 'mine4@example.org'");
            s.executeUpdate("delete from focus_history where client_email = 'mine5@example.org' and ended_at is not null");
        }
        sync.run(SyncProgress.NONE);
        try (Connection c = stack.sql()) {
            // not due yet: the routine pass does not see deletions
            assertThat(new CacheVersusServer().differences(c, cache, coachId)).isNotEmpty();
        }
        sync.reconcileNextRound();
        sync.run(SyncProgress.NONE);

        assertCacheEqualsServer();
        assertThat(new WeeklySnapshotRepository(cache).all())
                .filteredOn(w -> w.clientEmail().equals("mine4@example.org"))
                .allMatch(w -> w.themes().toString().contains("rewritten"));
    }

    @Test
    void endedFocusItemsAndRecentCheckinsAreSeenEverySync() throws Exception {
        CoachSync sync = coach.sync(cache, SMALL_PAGES);
        sync.run(SyncProgress.NONE);
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            s.executeUpdate("update focus_history set ended_at = current_date, reason = 'completed' where client_email = 'mine1@example.org' and ended_at is null");
            s.executeUpdate("insert into focus_history (client_email, focus_name) values ('mine1@example.org', 'New focus')");
            s.executeUpdate("update daily_checkins set focus_scores = '[{\"focus\":\"Rest\",\"score\":5}]' where client_email = 'mine2@example.org' and check_date = current_date - 1");
        }
        sync.run(SyncProgress.NONE);

        assertCacheEqualsServer();
        assertThat(new FocusHistoryRepository(cache).byClient("mine1@example.org"))
                .filteredOn(f -> f.isActive()).singleElement()
                .satisfies(f -> assertThat(f.focusName()).isEqualTo("New focus"));
    }

    @Test
    void scopeFollowsRelationships() throws Exception {
        CoachSync sync = coach.sync(cache, SMALL_PAGES);
        sync.run(SyncProgress.NONE);
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            new ServerSeed(1, 1, 2, 2, 2, 1).write(c, coachId, "late");
            s.executeUpdate("delete from coaching_relationships where client_email = 'mine5@example.org'");
        }
        sync.run(SyncProgress.NONE);

        assertCacheEqualsServer();
        assertThat(new RelationshipRepository(cache).all()).extracting(CoachingRelationship::clientEmail)
                .contains("late1@example.org").doesNotContain("mine5@example.org");
        assertThat(new AgreedActivityRepository(cache).all()).extracting(AgreedActivity::clientEmail)
                .contains("late1@example.org").doesNotContain("mine5@example.org");
    }

    @Test
    void anInterruptedFirstSyncResumesWhereItStopped() throws Exception {
        CountingProgress whole = new CountingProgress();
        try (CacheDatabase elsewhere = LocalSyncStack.openCache(dir.resolve("whole.db"), SecretsLog.randomCacheKey())) {
            coach.sync(elsewhere, SMALL_PAGES).run(whole);
        }
        CoachSync first = coach.sync(cache, SMALL_PAGES);
        assertThatThrownBy(() -> first.run(new CountingProgress(200))).hasMessageContaining("interrupted");
        assertThat(new DeferredIndexes(cache).setAside()).as("a failed backfill builds its indexes again").isEmpty();
        cache.close();

        // Reopen the same file, as after a crash, and sync with a new round.
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), key);
        CountingProgress resumed = new CountingProgress();
        coach.sync(cache, SMALL_PAGES).run(resumed);

        assertCacheEqualsServer();
        // The ~200 rows written before the crash are not read again (only the small overlap is).
        assertThat(whole.rows.get()).isGreaterThan(280);
        assertThat(resumed.rows.get()).as("rows read after resuming: %s", resumed.perTable)
                .isLessThan(whole.rows.get() - 170);
    }

    @Test
    void aBulkBackfillReadsIdRangesSideBySideAndAnInterruptedOneResumesEachRange() throws Exception {
        // One chunk of all five clients: 150 check-ins, a first page of 40, then two ranges of about 55 rows.
        SyncSettings oneChunk = SMALL_PAGES.withInListChunk(5);
        CountingProgress whole = new CountingProgress();
        try (CacheDatabase elsewhere = LocalSyncStack.openCache(dir.resolve("whole.db"), SecretsLog.randomCacheKey())) {
            coach.sync(elsewhere, oneChunk).run(whole);
        }
        assertThat(whole.readers).as("threads that read check-ins").contains("coachdesk-range-reader");

        // 136 rows come before the check-ins; the crash comes inside the two ranges, after the first page.
        CoachSync first = coach.sync(cache, oneChunk);
        assertThatThrownBy(() -> first.run(new CountingProgress(200))).hasMessageContaining("interrupted");
        cache.close();
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), key);
        CountingProgress resumed = new CountingProgress();
        coach.sync(cache, oneChunk).run(resumed);

        assertCacheEqualsServer();
        assertThat(new DeferredIndexes(cache).setAside()).isEmpty();
        assertThat(resumed.perTable.get("PULLING daily_checkins")).as("check-ins read after resuming: %s", resumed.perTable)
                .isLessThanOrEqualTo(150 - 40 - 20);
        assertThat(resumed.perTable).doesNotContainKeys("PULLING permissions", "PULLING weekly_snapshots");
    }

    private final CacheKey key = SecretsLog.randomCacheKey();

    private static void update(Connection c, UUID id, String notes) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("update agreed_activities set coach_notes = ? where id = ?")) {
            ps.setString(1, notes);
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    /** Counts rows; optionally "crashes" after a number of rows, between two page transactions. */
    static final class CountingProgress implements SyncProgress {
        final AtomicLong rows = new AtomicLong();
        final java.util.Map<String, Long> perTable = new java.util.LinkedHashMap<>();
        /** Names of the threads that handed over check-ins, numbers dropped. */
        final java.util.Set<String> readers = new java.util.HashSet<>();
        private String current;
        private final long crashAfter;

        CountingProgress() {
            this(Long.MAX_VALUE);
        }

        CountingProgress(long crashAfter) {
            this.crashAfter = crashAfter;
        }

        @Override
        public void begin(SyncPhase phase, String table, long total) {
            current = phase + " " + table;
        }

        @Override
        public void advance(long n) {
            perTable.merge(current, n, Long::sum);
            if (current.endsWith("daily_checkins")) {
                readers.add(Thread.currentThread().getName().replaceAll("-\\d+$", ""));
            }
            if (rows.addAndGet(n) >= crashAfter) {
                throw new IllegalStateException("interrupted on purpose after " + rows.get() + " rows");
            }
        }
    }
}
