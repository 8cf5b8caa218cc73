package org.findinggood.coachdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;

/**
 * First sync of ~100,000 rows over loopback (local Supabase stand-in, PostgreSQL, SQLCipher cache)
 * against two baselines measured in the same rounds ({@link FirstSyncRounds}): the same rows fetched by plain
 * paged GETs and parsed (raw), and the same again inserted by plain batched statements (bare store). Then a
 * resync with no server change, and the first sync over slow links.
 * {@code -Dbench.clients=N} scales it (1,000 rows per client).
 */
final class FirstSyncBenchmark implements Benchmark {

    private static final String COACH = "bench-coach@example.org";
    /** The sync measured against the baseline; {@code -Dbench.readers=N} reads a backfill's ranges with N threads. */
    private static final SyncSettings SETTINGS = SyncSettings.standard()
            .withReaders(Integer.getInteger("bench.readers", SyncSettings.standard().readers()));

    @Override
    public String name() {
        return "first-sync";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int clients = Integer.getInteger("bench.clients", 100);
        ServerSeed seed = new ServerSeed(clients, 5, 100, 104, 780, 8);
        Path dir = Files.createTempDirectory("coachdesk-bench");
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            UUID coachId = stack.coach(COACH);
            long seeding = System.nanoTime();
            try (Connection c = stack.sql()) {
                seed.write(c, coachId, "client");
            }
            report.note(seed.totalRows() + " rows for " + clients + " clients seeded in " + millisSince(seeding) + " ms");
            ProcessCpu cpu = ProcessCpu.of(stack);
            List<String> emails = new ArrayList<>();
            for (int i = 1; i <= clients; i++) {
                emails.add(ServerSeed.email("client", i));
            }
            AtomicInteger requests = new AtomicInteger();
            OkHttpClient http = FirstSyncRounds.counting(requests);
            LocalSyncStack.SignedIn coach = stack.signIn(COACH, stack.supabase().baseUrl(), http, 1000);
            RawFetch raw = RawFetch.direct(stack, coach, http, coachId);
            // alternating rounds, medians: on a shared machine one round can land in a burst of load
            FirstSyncRounds.Synced first = new FirstSyncRounds(report, "first-sync", cpu, requests)
                    .run(coach, raw, emails, dir, SETTINGS, Integer.getInteger("bench.firstSyncRuns", 3));
            CacheKey firstKey = first.key();

            // the resync: the first run's cache again, nothing changed on the server
            try (CacheDatabase cache = LocalSyncStack.openCache(first.cache(), firstKey)) {
                CoachSync sync = coach.sync(cache, SyncSettings.standard());
                int before = requests.get();
                long again = System.nanoTime();
                sync.run(SyncProgress.NONE);
                report.metric("resync-nochange-requests", requests.get() - before);
                report.metric("resync-nochange-ms", millisSince(again));
            }

            // Over a link with latency, as to a hosted project: every request waits before it goes out. A bulk
            // backfill keeps SyncSettings.readers() requests in flight; one reader at a time is the baseline.
            long delay = Long.getLong("bench.linkDelayMs", 20);
            OkHttpClient slowLink = http.newBuilder().addInterceptor(chain -> {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted");
                }
                return chain.proceed(chain.request());
            }).build();
            LocalSyncStack.SignedIn remote = stack.signIn(COACH, stack.supabase().baseUrl(), slowLink, 1000);
            long[] oneReader = new long[2];
            long[] readers = new long[2];
            for (int run = 0; run < 2; run++) {
                oneReader[run] = timedFirstSync(remote, dir.resolve("link-one-" + run + ".db"),
                        SyncSettings.standard().withReaders(1));
                readers[run] = timedFirstSync(remote, dir.resolve("link-" + run + ".db"), SyncSettings.standard());
            }
            long oneBest = Math.min(oneReader[0], oneReader[1]);
            long best = Math.min(readers[0], readers[1]);
            report.note(String.format(Locale.ROOT, "first sync with %d ms per request: one reader %s ms, %d readers %s ms",
                    delay, Arrays.toString(oneReader), SyncSettings.standard().readers(), Arrays.toString(readers)));
            report.metric("first-sync-delay-link-one-reader-ms", oneBest);
            report.metric("first-sync-delay-link-ms", best);
            report.metric("first-sync-slow-link-vs-one-reader", (double) best / oneBest);

            // hotel Wi-Fi through a shaping proxy: 40 ms per request and 20 Mbit/s, against a plain fetch
            SlowLinkRound.run(report, "first-sync", stack, COACH, coachId, emails, dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long timedFirstSync(LocalSyncStack.SignedIn coach, Path file, SyncSettings settings) {
        try (CacheDatabase cache = LocalSyncStack.openCache(file, CacheKey.random())) {
            long start = System.nanoTime();
            coach.sync(cache, settings).run(SyncProgress.NONE);
            return millisSince(start);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
