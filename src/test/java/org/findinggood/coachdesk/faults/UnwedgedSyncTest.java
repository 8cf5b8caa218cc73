package org.findinggood.coachdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.findinggood.coachdesk.remote.DeadlineExceededException;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.RequestDeadlines;
import org.findinggood.coachdesk.remote.RetryPolicy;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.sync.CacheVersusServer;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.ConnectivityProbe;
import org.findinggood.coachdesk.sync.LocalCounts;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.RepeatedPageException;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncEngine;
import org.findinggood.coachdesk.sync.SyncFailure;
import org.findinggood.coachdesk.sync.SyncFailures;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSchedule;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.sync.SyncStatus;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 items 1, 2 and 6 over real sockets: a server that repeats a page, drips its answer a byte at a time,
 * or never answers, and a gateway that drops {@code Content-Range}. Each round must end by its deadline (or at
 * once for a repeated page) with the right sentence, and the next round must come.
 */
class UnwedgedSyncTest {

    private static final String COACH = "unwedged@example.org";

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
            new ServerSeed(3, 1, 10, 3, 20, 1).write(c, coachId, "wedge");
        }
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), SecretsLog.randomCacheKey());
    }

    @AfterEach
    void close() {
        cache.close();
        stack.close();
    }

    /** Signed in through the proxy while it injects nothing; the production client's timeouts. */
    private LocalSyncStack.SignedIn signIn(FaultProxy proxy, RequestDeadlines deadlines) {
        proxy.schedule().pause();
        try {
            return stack.signIn(COACH, proxy.baseUrl(), RemoteHttp.defaultClient(), PostgrestClient.SUPABASE_MAX_ROWS,
                    new RetryPolicy(4, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1),
                            RetryPolicy.THREAD_SLEEP), deadlines);
        } finally {
            proxy.schedule().resume();
        }
    }

    private FaultProxy proxy(Fault only) throws Exception {
        FaultSchedule schedule = only == Fault.NONE ? new FaultSchedule(1, 0.0, 0) : FaultSchedule.only(only, Integer.MAX_VALUE);
        return new FaultProxy(stack.supabase().baseUrl(), schedule,
                Duration.ofMinutes(10), Duration.ofMillis(100));
    }

    @Test
    void aRepeatedPageStopsTheReadWithItsOwnSentenceInsteadOfLoopingForever() throws Exception {
        // pages of 7: every table needs several, and the proxy answers each next page with the one before
        stack.supabase().maxRows(7);
        try (FaultProxy proxy = proxy(Fault.REPEATED_PAGE)) {
            CoachSync sync = signIn(proxy, RequestDeadlines.standard()).sync(cache, SyncSettings.standard());
            long before = proxy.requests();
            long started = System.nanoTime();

            Throwable stopped = catchThrowable(() -> sync.run(SyncProgress.NONE));

            assertThat(stopped).isInstanceOf(RepeatedPageException.class);
            assertThat(proxy.injected(Fault.REPEATED_PAGE)).isEqualTo(1);
            // the old loop asked for the same page 13,737 times in 3 minutes
            assertThat(proxy.requests() - before).isLessThan(20);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            SyncFailure said = new SyncFailures().describe(stopped);
            assertThat(said.sentence()).startsWith("The server repeated a page of ").contains("will try again later");
            assertThat(said.retryable()).isTrue();
        }
    }

    @Test
    void aServerThatNeverAnswersEndsTheRoundAtItsDeadlineAsOffline() throws Exception {
        try (FaultProxy proxy = proxy(Fault.HANG)) {
            // the production read timeout (30 s) and request limits: only the round's 3 s ends this
            CoachSync sync = signIn(proxy, RequestDeadlines.standard())
                    .sync(cache, SyncSettings.standard().withRoundDeadline(Duration.ofSeconds(3)));
            long started = System.nanoTime();

            Throwable stopped = catchThrowable(() -> sync.run(SyncProgress.NONE));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(stopped).isInstanceOf(DeadlineExceededException.class);
            assertThat(took).isBetween(Duration.ofMillis(2_900), Duration.ofSeconds(5));
            SyncFailure said = new SyncFailures().describe(stopped);
            assertThat(said.offline()).isTrue();
            assertThat(said.sentence()).isEqualTo("The server did not answer in time (the sync round's limit is 3 seconds); "
                    + "sync will try again later, and nothing was lost.");
        }
    }

    @Test
    void anAnswerDrippingAByteAtATimeEndsAtTheRequestsDeadlineAfterItsRetries() throws Exception {
        try (FaultProxy proxy = proxy(Fault.DRIP).dripEvery(Duration.ofMillis(50))) {
            // each byte comes well within the 30 s read timeout; attempts of 1 s, the request 2.5 s in all
            CoachSync sync = signIn(proxy, new RequestDeadlines(Duration.ofSeconds(1), Duration.ofMillis(2_500)))
                    .sync(cache, SyncSettings.standard());
            long before = proxy.requests();
            long started = System.nanoTime();

            Throwable stopped = catchThrowable(() -> sync.run(SyncProgress.NONE));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(stopped).isInstanceOf(DeadlineExceededException.class)
                    .hasMessageContaining("the limit for a request is 3 seconds");
            assertThat(took).isBetween(Duration.ofMillis(2_400), Duration.ofSeconds(4));
            assertThat(proxy.requests() - before).as("attempts within the request's time").isBetween(2L, 3L);
        }
    }

    @Test
    void theAppsEngineEndsAHangingRoundAsOfflineAndTriesAgain() throws Exception {
        try (FaultProxy proxy = proxy(Fault.HANG)) {
            CoachSync round = signIn(proxy, RequestDeadlines.standard())
                    .sync(cache, SyncSettings.standard().withRoundDeadline(Duration.ofSeconds(2)));
            // the probe finds the proxy's port open, so the next round starts one probe interval later
            SyncSchedule quick = new SyncSchedule(Duration.ofMinutes(5), Duration.ofMillis(300), Duration.ofSeconds(1),
                    Duration.ofSeconds(1));
            try (SyncEngine engine = new SyncEngine(round, ConnectivityProbe.tcp(proxy.baseUrl(), Duration.ofSeconds(1)),
                    LocalCounts.NONE, quick, java.time.Clock.systemUTC(), new SyncFailures())) {
                java.util.List<SyncStatus> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
                engine.addListener(seen::add);
                long started = System.nanoTime();
                engine.start();
                SyncStatus first = engine.syncNow().get(10, TimeUnit.SECONDS);

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                assertThat(first.offline()).isTrue();
                long hangsBefore = proxy.injected(Fault.HANG);
                Thread.sleep(3_500);
                assertThat(proxy.injected(Fault.HANG)).as("a next round ran").isGreaterThan(hangsBefore);
            }
        }
    }

    @Test
    void aFirstSyncWithoutContentRangeStillReadsEverything() throws Exception {
        stack.supabase().maxRows(7);
        try (FaultProxy proxy = proxy(Fault.NONE).withoutContentRange()) {
            CoachSync sync = signIn(proxy, RequestDeadlines.standard()).sync(cache, SyncSettings.standard().withBulkRows(20));

            sync.run(SyncProgress.NONE);

            try (Connection c = stack.sql()) {
                assertThat(new CacheVersusServer().differences(c, cache, coachId)).isEmpty();
            }
        }
    }
}
