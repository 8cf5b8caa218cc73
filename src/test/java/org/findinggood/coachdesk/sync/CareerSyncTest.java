package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.RollingAggregateRepository;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;
import org.findinggood.coachdesk.testsupport.career.Career;
import org.findinggood.coachdesk.testsupport.career.CareerScale;
import org.findinggood.coachdesk.testsupport.career.CareerWorkspace;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A career (small scale: the bench profile runs the 300-client one) synced through the stand-in into a SQLCipher
 * cache: the cache ends equal to the server, the colleagues' rows stay out, a resync with no change costs at
 * most two requests per table and scope chunk, and one row changed on the server arrives in the next round.
 */
class CareerSyncTest {

    private static final String COACH = "career.coach@example.org";
    /** Five e-mails per {@code in} list: the small career's 12 clients make three scope chunks. */
    private static final SyncSettings SETTINGS = SyncSettings.standard().withInListChunk(5);

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private Career career;
    private CacheDatabase cache;
    private final AtomicInteger requests = new AtomicInteger();
    private LocalSyncStack.SignedIn coach;

    @BeforeEach
    void seed() throws Exception {
        stack = LocalSyncStack.start();
        UUID coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            career = CareerWorkspace.generate(c, coachId, 21L, CareerScale.small());
        }
        OkHttpClient counting = RemoteHttp.defaultClient().newBuilder().addInterceptor(chain -> {
            if (chain.request().url().encodedPath().startsWith("/rest/v1/")) {
                requests.incrementAndGet();
            }
            return chain.proceed(chain.request());
        }).build();
        coach = stack.signIn(COACH, stack.supabase().baseUrl(), counting, 1000);
        cache = LocalSyncStack.openCache(dir.resolve("career.db"), SecretsLog.randomCacheKey());
    }

    @AfterEach
    void close() {
        cache.close();
        stack.close();
    }

    @Test
    void theFirstSyncBringsTheWholeScopeAndNoColleaguesRows() throws Exception {
        RowCount received = new RowCount();
        coach.sync(cache, SETTINGS).run(received);

        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, career.coachId())).isEmpty();
        }
        // every row in scope, plus the coach's own coaches row
        assertThat(received.rows.get()).isEqualTo(career.rowsInScope() + 1);
        assertThat(new AgreedActivityRepository(cache).all()).extracting(AgreedActivity::coachId)
                .doesNotContainAnyElementsOf(career.otherCoaches());
        assertThat(new WeeklySnapshotRepository(cache).all()).noneMatch(s -> career.otherCoaches().contains(s.coachId()));
        assertThat(new RollingAggregateRepository(cache).all()).noneMatch(a -> career.otherCoaches().contains(a.coachId()));
    }

    @Test
    void aResyncWithoutChangesCostsAtMostTwoRequestsPerTableAndChunkAndOneChangedRowArrives() throws Exception {
        CoachSync sync = coach.sync(cache, SETTINGS);
        sync.run(SyncProgress.NONE);

        int before = requests.get();
        RowCount nothing = new RowCount();
        sync.run(nothing);
        int chunks = (career.clientEmails().size() + SETTINGS.inListChunk() - 1) / SETTINGS.inListChunk();
        // relationships once, then the seven client tables per chunk of e-mails
        assertThat(requests.get() - before).isLessThanOrEqualTo(2 * (1 + 7 * chunks));
        // only the overlap is read again (recent check-ins, open focus items), not the tables
        assertThat(nothing.rows.get()).isLessThan(career.rowsInScope() / 10);

        UUID edited;
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select id from agreed_activities where client_email = '" + career.longestClient()
                    + "' and coach_id = '" + career.coachId() + "' order by id limit 1");
            rs.next();
            edited = (UUID) rs.getObject(1);
            s.executeUpdate("update agreed_activities set coach_notes = 'Changed on the web' where id = '" + edited + "'");
        }
        sync.run(SyncProgress.NONE);

        assertThat(new AgreedActivityRepository(cache).findById(edited)).get()
                .extracting(AgreedActivity::coachNotes).isEqualTo("Changed on the web");
        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, career.coachId())).isEmpty();
        }
    }

    private static final class RowCount implements SyncProgress {
        final AtomicLong rows = new AtomicLong();

        @Override
        public void begin(SyncPhase phase, String table, long total) {
        }

        @Override
        public void advance(long n) {
            rows.addAndGet(n);
        }
    }
}
