package org.findinggood.coachdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.SyncPhase;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;

/**
 * A first sync against its two baselines on the same rows, in alternating rounds (one round shares its load):
 * the raw fetch (GET + parse, nothing stored) and the bare store (GET + parse + plain batched inserts into a
 * fresh encrypted cache, {@link BareStore}). Wall ratios are medians of the rounds' own ratios; the CPU ratio
 * (this JVM and PostgreSQL) is the target, since on a shared machine wall time measures the machine.
 * Prints {@code <prefix>-...} figures; returns the first round's cache for the resync figures.
 */
final class FirstSyncRounds {

    /** The first round's synced cache, and what the sync received. */
    record Synced(Path cache, CacheKey key, long rows) {
    }

    private final BenchReport report;
    private final String prefix;
    private final ProcessCpu cpu;
    private final AtomicInteger requests;

    /** @param requests counted by the HTTP client both the sync and {@code raw} use */
    FirstSyncRounds(BenchReport report, String prefix, ProcessCpu cpu, AtomicInteger requests) {
        this.report = report;
        this.prefix = prefix;
        this.cpu = cpu;
        this.requests = requests;
    }

    Synced run(LocalSyncStack.SignedIn coach, RawFetch raw, List<String> emails, Path dir, SyncSettings settings,
            int rounds) throws Exception {
        // Warm-up of every path (JIT, connection pool, PostgreSQL buffers), not measured.
        raw.fetchAll(emails, RawFetch.DISCARD);
        try (CacheDatabase warm = LocalSyncStack.openCache(dir.resolve(prefix + "-warm.db"), CacheKey.random())) {
            coach.sync(warm, settings).run(SyncProgress.NONE);
        }
        long[] rawMs = new long[rounds];
        long[] bareMs = new long[rounds];
        long[] syncMs = new long[rounds];
        double[] vsRaw = new double[rounds];
        double[] vsBare = new double[rounds];
        double[] cpuVsBare = new double[rounds];
        long peak = 0;
        int syncRequests = 0;
        Synced first = null;
        for (int round = 0; round < rounds; round++) {
            Measure rawRun = measure(() -> raw.fetchAll(emails, RawFetch.DISCARD));
            Measure bareRun;
            try (CacheDatabase bare = LocalSyncStack.openCache(dir.resolve(prefix + "-bare-" + round + ".db"), CacheKey.random())) {
                bareRun = measure(() -> raw.fetchAll(emails, new BareStore(bare)));
            }
            CacheKey key = CacheKey.random();
            Path file = dir.resolve(prefix + "-" + round + ".db");
            Measure syncRun;
            try (CacheDatabase cache = LocalSyncStack.openCache(file, key)) {
                RowCount pulled = new RowCount();
                report.resetPeakHeap();
                syncRun = measure(() -> {
                    coach.sync(cache, settings).run(pulled);
                    return pulled.rows.get();
                });
                peak = Math.max(peak, report.peakHeapMib());
            }
            if (first == null) {
                first = new Synced(file, key, syncRun.rows);
                syncRequests = syncRun.requests;
            }
            rawMs[round] = rawRun.millis;
            bareMs[round] = bareRun.millis;
            syncMs[round] = syncRun.millis;
            vsRaw[round] = (double) syncRun.millis / rawRun.millis;
            vsBare[round] = (double) syncRun.millis / bareRun.millis;
            cpuVsBare[round] = (double) syncRun.cpu / bareRun.cpu;
            report.note(String.format(Locale.ROOT, "%s round %d: raw %d rows in %d ms (CPU %d, JVM %d, %d requests);"
                    + " bare store %d rows in %d ms (CPU %d, JVM %d); sync %d rows in %d ms (CPU %d, JVM %d, %d requests);"
                    + " sync/raw %.2f, sync/bare %.2f, CPU sync/bare %.2f", prefix, round + 1,
                    rawRun.rows, rawRun.millis, rawRun.cpu, rawRun.jvm, rawRun.requests,
                    bareRun.rows, bareRun.millis, bareRun.cpu, bareRun.jvm,
                    syncRun.rows, syncRun.millis, syncRun.cpu, syncRun.jvm, syncRun.requests,
                    vsRaw[round], vsBare[round], cpuVsBare[round]));
        }
        long median = median(syncMs);
        report.metric(prefix + "-rows", first.rows());
        report.metric(prefix + "-ms", median);
        report.metric(prefix + "-rows-per-s", Math.round(first.rows() * 1000.0 / median));
        report.metric(prefix + "-requests", syncRequests);
        report.metric(prefix + "-raw-ms", median(rawMs));
        report.metric(prefix + "-bare-store-ms", median(bareMs));
        report.metric(prefix + "-vs-raw", median(vsRaw));
        report.metric(prefix + "-vs-bare-store", median(vsBare));
        report.metric(prefix + "-cpu-vs-bare-store", median(cpuVsBare));
        report.metric(prefix + "-peak-heap-mib", peak);
        report.metric(prefix + "-cache-mib", Files.size(first.cache()) / (1024.0 * 1024));
        if (!cpu.seesPostgres()) {
            report.note("PostgreSQL's process was not found: CPU figures are this JVM's only");
        }
        return first;
    }

    private interface Work {
        long rows() throws Exception;
    }

    private record Measure(long rows, long millis, long cpu, long jvm, int requests) {
    }

    private Measure measure(Work work) throws Exception {
        long cpuStart = cpu.totalMillis();
        long jvmStart = cpu.jvmMillis();
        int requestsStart = requests.get();
        long start = System.nanoTime();
        long rows = work.rows();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measure(rows, millis, cpu.totalMillis() - cpuStart, cpu.jvmMillis() - jvmStart,
                requests.get() - requestsStart);
    }

    /** The app's HTTP client, counting every request it sends. */
    static okhttp3.OkHttpClient counting(AtomicInteger requests) {
        return org.findinggood.coachdesk.remote.RemoteHttp.defaultClient().newBuilder().addInterceptor(chain -> {
            requests.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Rows a sync received. */
    static final class RowCount implements SyncProgress {
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
