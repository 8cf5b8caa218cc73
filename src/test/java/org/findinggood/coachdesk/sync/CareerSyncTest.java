package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
        CoachSyncTest.CountingProgress received = new CoachSyncTest.CountingProgress();
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
        CoachSyncTest.CountingProgress nothing = new CoachSyncTest.CountingProgress();
        sync.run(nothing);
        int chunks = (career.clientEmails().size() + SETTINGS.inListChunk() - 1) / SETTINGS.inListChunk();
        // relationships once, then the seven client tables per chunk of e-mails
        assertThat(requests.get() - before).isLessThanOrEqualTo(2 * (1 + 7 * chunks));
        // only the overlap is read again (recent check-ins, open focus items), not the tables
        assertThat(nothing.rows.get()).isLessThan(career.rowsInScope() / 10);

        UUID edited;
        try (Connection c = stack.sql()) {
            edited = CareerWorkspace.changeOneActivity(c, career, "Changed on the web");
        }
        sync.run(SyncProgress.NONE);

        assertThat(new AgreedActivityRepository(cache).findById(edited)).get()
                .extracting(AgreedActivity::coachNotes).isEqualTo("Changed on the web");
        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, career.coachId())).isEmpty();
        }
    }
}
