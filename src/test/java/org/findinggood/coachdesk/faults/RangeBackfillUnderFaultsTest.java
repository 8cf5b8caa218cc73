package org.findinggood.coachdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.findinggood.coachdesk.remote.RetryPolicy;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.DeferredIndexes;
import org.findinggood.coachdesk.store.QuarantineRepository;
import org.findinggood.coachdesk.sync.CacheVersusServer;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first sync whose bulk tables are read in id ranges side by side, through a proxy that drops, stalls and
 * spoils requests: each failed round leaves whole pages behind, the next resumes, and the cache ends equal to
 * the server (but for rows the proxy spoiled, kept aside) with its indexes back.
 */
class RangeBackfillUnderFaultsTest {

    private static final String COACH = "ranges@example.org";
    private static final int CAP = 40;

    @TempDir
    Path dir;

    @Test
    void aFirstSyncInRangesSurvivesFaultsAndEndsEqualToTheServer() throws Exception {
        SyncSettings ranges = SyncSettings.standard().withPageSize(CAP).withInListChunk(8).withBulkRows(50).withReaders(3);
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            stack.supabase().maxRows(CAP);
            UUID coachId = stack.coach(COACH);
            try (Connection c = stack.sql()) {
                new ServerSeed(6, 2, 10, 12, 40, 2).write(c, coachId, "ranged");
            }
            FaultSchedule schedule = new FaultSchedule(Long.getLong("faultSeed", 20261125L), 0.3, 40);
            schedule.pause();
            try (FaultProxy proxy = new FaultProxy(stack.supabase().baseUrl(), schedule, Duration.ofSeconds(2),
                    Duration.ofMillis(100))) {
                LocalSyncStack.SignedIn coach = proxy.signIn(stack, COACH, CAP, Duration.ofMillis(600), new RetryPolicy(2,
                        Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(500), RetryPolicy.THREAD_SLEEP));
                schedule.resume();
                CacheDatabase cache = LocalSyncStack.openCache(dir.resolve("ranges.db"), SecretsLog.randomCacheKey());
                try {
                    int failedRounds = 0;
                    boolean synced = false;
                    for (int round = 0; round < 60 && !synced; round++) {
                        try {
                            coach.sync(cache, ranges).run(SyncProgress.NONE);
                            synced = true;
                        } catch (RuntimeException failed) {
                            failedRounds++;
                        }
                    }

                    assertThat(synced).as("synced within 60 rounds").isTrue();
                    assertThat(proxy.injected()).as("faults injected").isPositive();
                    assertThat(failedRounds).as("rounds that failed and were resumed").isPositive();
                    // a row the proxy spoiled (deep JSON, a spaced timestamp) is kept aside, by design until it changes
                    // on the server (issue 18), as FaultInjectionTest counts it: equal to the server but for those rows
                    Set<String> aside = new HashSet<>();
                    new QuarantineRepository(cache).all().forEach(row -> aside.add(row.rowId().toString()));
                    try (Connection c = stack.sql()) {
                        assertThat(new CacheVersusServer().differences(c, cache, coachId).stream()
                                .filter(difference -> aside.stream().noneMatch(difference::contains))).isEmpty();
                    }
                    assertThat(new DeferredIndexes(cache).setAside()).isEmpty();
                } finally {
                    cache.close();
                }
            }
        }
    }
}
