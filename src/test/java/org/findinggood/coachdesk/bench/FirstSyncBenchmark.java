package org.findinggood.coachdesk.bench;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.RemoteJson;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncPhase;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;

/**
 * First sync of ~100,000 rows over loopback (local Supabase stand-in, PostgreSQL, SQLCipher cache)
 * against a baseline measured in the same run: the same rows fetched by plain paged GETs with OkHttp
 * and parsed by Jackson into the model records, nothing stored. Then a resync with no server change.
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
            ProcessHandle postgres = postmaster(stack);
            if (postgres == null) {
                report.note("PostgreSQL's process was not found: CPU figures below are this JVM's only");
            }

            AtomicInteger requests = new AtomicInteger();
            OkHttpClient http = RemoteHttp.defaultClient().newBuilder().addInterceptor(chain -> {
                requests.incrementAndGet();
                return chain.proceed(chain.request());
            }).build();
            LocalSyncStack.SignedIn coach = stack.signIn(COACH, stack.supabase().baseUrl(), http, 1000);
            RawFetch raw = new RawFetch(http, stack.supabase().baseUrl().toString(), stack.supabase().anonKey(),
                    coach.tokens().accessToken(), coachId);

            // Warm-up of both paths (JIT, connection pool, PostgreSQL buffers), not measured.
            raw.fetchAll(clients, "client");
            try (CacheDatabase warm = LocalSyncStack.openCache(dir.resolve("warm.db"), CacheKey.random())) {
                coach.sync(warm, SETTINGS).run(SyncProgress.NONE);
            }

            // Alternating pairs, medians: on a shared machine one pair can land in a burst of load.
            int runs = Integer.getInteger("bench.firstSyncRuns", 3);
            long[] rawMillis = new long[runs];
            long[] syncMillis = new long[runs];
            double[] ratios = new double[runs];
            long rows = 0;
            long peak = 0;
            CacheKey firstKey = null;
            long syncCpuStart;
            long syncCpu = 0;
            for (int run = 0; run < runs; run++) {
                long rawCpuStart = cpuMillis(postgres);
                long rawJvmStart = cpuMillis(null);
                int rawRequestsStart = requests.get();
                long rawStart = System.nanoTime();
                long rawRows = raw.fetchAll(clients, "client");
                rawMillis[run] = millisSince(rawStart);
                long rawCpu = cpuMillis(postgres) - rawCpuStart;
                long rawJvm = cpuMillis(null) - rawJvmStart;
                long syncJvm;
                int rawRequests = requests.get() - rawRequestsStart;
                int syncRequests;
                CacheKey key = CacheKey.random();
                if (run == 0) {
                    firstKey = key;
                }
                try (CacheDatabase cache = LocalSyncStack.openCache(dir.resolve("bench-" + run + ".db"), key)) {
                    RowCount pulled = new RowCount();
                    report.resetPeakHeap();
                    syncCpuStart = cpuMillis(postgres);
                    long syncJvmStart = cpuMillis(null);
                    int syncRequestsStart = requests.get();
                    long syncStart = System.nanoTime();
                    coach.sync(cache, SETTINGS).run(pulled);
                    syncMillis[run] = millisSince(syncStart);
                    syncCpu = cpuMillis(postgres) - syncCpuStart;
                    syncJvm = cpuMillis(null) - syncJvmStart;
                    syncRequests = requests.get() - syncRequestsStart;
                    peak = Math.max(peak, report.peakHeapMib());
                    rows = pulled.rows.get();
                }
                ratios[run] = (double) syncMillis[run] / rawMillis[run];
                report.note(String.format(Locale.ROOT, "run %d: baseline %d rows in %d ms, first sync %d rows in %d ms (%.2f);"
                        + " CPU of this JVM and PostgreSQL: baseline %d ms, first sync %d ms (%.2f), of it this JVM %d and %d ms;"
                        + " requests: baseline %d, first sync %d",
                        run + 1, rawRows, rawMillis[run], rows, syncMillis[run], ratios[run], rawCpu, syncCpu,
                        (double) syncCpu / rawCpu, rawJvm, syncJvm, rawRequests, syncRequests));
            }
            long syncMedian = median(syncMillis);
            report.metric("first-sync-rows", rows);
            report.metric("first-sync-ms", syncMedian);
            report.metric("first-sync-rows-per-s", Math.round(rows * 1000.0 / syncMedian));
            report.metric("first-sync-raw-ms", median(rawMillis));
            report.metric("first-sync-vs-raw", median(ratios));
            report.metric("first-sync-peak-heap-mib", peak);

            // the resync: the first run's cache again, nothing changed on the server
            try (CacheDatabase cache = LocalSyncStack.openCache(dir.resolve("bench-0.db"), firstKey)) {
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
            report.metric("first-sync-slow-link-one-reader-ms", oneBest);
            report.metric("first-sync-slow-link-ms", best);
            report.metric("first-sync-slow-link-vs-one-reader", (double) best / oneBest);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * CPU time used so far by this JVM (client, stand-in) and by PostgreSQL (its postmaster and every live
     * backend under it), in ms: on a shared machine the wall-clock ratio swings with other load, the CPU each
     * path costs much less. PostgreSQL runs detached from this JVM (pg_ctl), so it is found through a
     * backend's parent. Backends that already ended are not counted (the stand-in keeps its pool open).
     */
    private static long cpuMillis(ProcessHandle postmaster) {
        long nanos = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        if (postmaster != null) {
            nanos += Stream.concat(Stream.of(postmaster), postmaster.descendants())
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        }
        return nanos / 1_000_000;
    }

    /** The PostgreSQL server process behind {@code stack}, or null where the OS does not tell. */
    private static ProcessHandle postmaster(LocalSyncStack stack) throws Exception {
        try (Connection c = stack.sql(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).orElse(null);
        }
    }

    private static long timedFirstSync(LocalSyncStack.SignedIn coach, Path file, SyncSettings settings) {
        try (CacheDatabase cache = LocalSyncStack.openCache(file, CacheKey.random())) {
            long start = System.nanoTime();
            coach.sync(cache, settings).run(SyncProgress.NONE);
            return millisSince(start);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
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

    /** The baseline: plain keyset-paged GETs with OkHttp, parsed into the records with Jackson. */
    private static final class RawFetch {
        private final OkHttpClient http;
        private final String base;
        private final String anonKey;
        private final String token;
        private final UUID coachId;
        private final ObjectMapper json = RemoteJson.newMapper();

        RawFetch(OkHttpClient http, String base, String anonKey, String token, UUID coachId) {
            this.http = http;
            this.base = base;
            this.anonKey = anonKey;
            this.token = token;
            this.coachId = coachId;
        }

        long fetchAll(int clients, String prefix) throws Exception {
            List<String> emails = new ArrayList<>();
            for (int i = 1; i <= clients; i++) {
                emails.add(ServerSeed.email(prefix, i));
            }
            long rows = pages("coaching_relationships", "coach_id", "eq." + coachId, CoachingRelationship.class,
                    CoachingRelationship::id);
            for (int i = 0; i < emails.size(); i += 100) {
                String in = "in.(" + String.join(",", emails.subList(i, Math.min(emails.size(), i + 100))) + ")";
                rows += pages("clients", "email", in, Client.class, Client::id);
                rows += pages("permissions", "client_email", in, Permission.class, Permission::id);
                rows += pages("agreed_activities", "client_email", in, AgreedActivity.class, AgreedActivity::id);
                rows += pages("rolling_aggregates", "client_email", in, RollingAggregate.class, RollingAggregate::id);
                rows += pages("weekly_snapshots", "client_email", in, WeeklySnapshot.class, WeeklySnapshot::id);
                rows += pages("daily_checkins", "client_email", in, DailyCheckin.class, DailyCheckin::id);
                rows += pages("focus_history", "client_email", in, FocusHistoryEntry.class, FocusHistoryEntry::id);
            }
            return rows;
        }

        private <T> long pages(String table, String column, String filter, Class<T> type, Function<T, UUID> id)
                throws Exception {
            JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
            long rows = 0;
            UUID last = null;
            while (true) {
                HttpUrl.Builder url = HttpUrl.get(base).newBuilder().addPathSegments("rest/v1/" + table)
                        .addQueryParameter("select", "*")
                        .addQueryParameter(column, filter)
                        .addQueryParameter("order", "id.asc")
                        .addQueryParameter("limit", "1000");
                if (last != null) {
                    url.addQueryParameter("id", "gt." + last);
                }
                Request request = new Request.Builder().url(url.build()).header("apikey", anonKey)
                        .header("Authorization", "Bearer " + token).build();
                List<T> page;
                try (Response response = http.newCall(request).execute()) {
                    if (!response.isSuccessful()) {
                        throw new IllegalStateException(table + " answered " + response.code());
                    }
                    page = json.readValue(response.body().byteStream(), listType);
                }
                rows += page.size();
                if (page.size() < 1000) {
                    return rows;
                }
                last = id.apply(page.get(page.size() - 1));
            }
        }
    }
}
