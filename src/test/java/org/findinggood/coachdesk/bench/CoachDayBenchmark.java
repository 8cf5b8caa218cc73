package org.findinggood.coachdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.SearchIndex;
import org.findinggood.coachdesk.store.SearchUpkeepSwitch;
import org.findinggood.coachdesk.store.TodayFactsQuery;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.career.Career;
import org.findinggood.coachdesk.testsupport.career.CareerScale;
import org.findinggood.coachdesk.testsupport.career.CareerWorkspace;
import org.findinggood.coachdesk.ui.today.TodayEntry;
import org.findinggood.coachdesk.ui.today.TodayRanking;

/**
 * The coach's day on a career-size workspace (i21's generator: 300 clients, up to five years; {@code
 * -Dcareer.scale=small} for a quick run), synced from the local stand-in into a SQLCipher cache:
 * <ul>
 *   <li>{@code search-index-sync-ratio}: the first sync keeping the FTS5 index against the same sync with the
 *       index's triggers removed (alternating pairs, median of the ratios);</li>
 *   <li>{@code today-ms}: reading Today's facts and ranking them (median of 15 after a warm-up);</li>
 *   <li>{@code search-p95-ms}: 200 queries typed as a coach types them, every prefix of 2 to 6 letters of 40
 *       words taken from the cached text.</li>
 * </ul>
 */
final class CoachDayBenchmark implements Benchmark {

    private static final String COACH = "coach-day@example.org";

    @Override
    public String name() {
        return "coach-day";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        CareerScale scale = CareerScale.fromProperty();
        Path dir = Files.createTempDirectory("coachdesk-day");
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            UUID coachId = stack.coach(COACH);
            long seeding = System.nanoTime();
            Career career;
            try (Connection c = stack.sql()) {
                career = CareerWorkspace.generate(c, coachId, 7L, scale);
            }
            report.note(career.rowsInScope() + " rows in scope for " + career.clientEmails().size() + " clients generated in "
                    + millisSince(seeding) + " ms");
            LocalSyncStack.SignedIn coach = stack.signIn(COACH, stack.supabase().baseUrl(), RemoteHttp.defaultClient(), 1000);
            try (CacheDatabase warm = LocalSyncStack.openCache(dir.resolve("warm.db"), CacheKey.random())) {
                coach.sync(warm, SyncSettings.standard()).run(SyncProgress.NONE);
            }

            int runs = Integer.getInteger("bench.coachDayRuns", 2);
            long[] with = new long[runs];
            long[] without = new long[runs];
            double[] ratios = new double[runs];
            Path indexed = null;
            CacheKey indexedKey = null;
            for (int run = 0; run < runs; run++) {
                CacheKey key = CacheKey.random();
                Path file = dir.resolve("indexed-" + run + ".db");
                with[run] = timedSync(coach, file, key, false);
                without[run] = timedSync(coach, dir.resolve("plain-" + run + ".db"), CacheKey.random(), true);
                ratios[run] = (double) with[run] / without[run];
                if (indexed == null) {
                    indexed = file;
                    indexedKey = key;
                }
            }
            Arrays.sort(ratios);
            report.note("first sync with the search index " + Arrays.toString(with) + " ms, without " + Arrays.toString(without) + " ms");
            report.metric("search-index-sync-ms", median(with));
            report.metric("search-index-sync-without-ms", median(without));
            report.metric("search-index-sync-ratio", ratios[ratios.length / 2]);

            try (CacheDatabase cache = LocalSyncStack.openCache(indexed, indexedKey)) {
                Clock clock = Clock.systemUTC();
                TodayFactsQuery facts = new TodayFactsQuery(cache);
                TodayRanking ranking = TodayRanking.standard();
                long[] today = new long[16];
                int shown = 0;
                for (int i = 0; i < today.length; i++) {
                    long start = System.nanoTime();
                    Instant now = clock.instant();
                    List<TodayEntry> entries = ranking.rank(facts.facts(LocalDate.ofInstant(now, ZoneOffset.UTC)), now);
                    today[i] = System.nanoTime() - start;
                    shown = entries.size();
                }
                long[] measured = Arrays.copyOfRange(today, 1, today.length);
                report.note(shown + " clients on Today");
                report.metric("today-ms", nanosToMillis(median(measured)));

                SearchIndex index = new SearchIndex(cache);
                List<String> queries = typedQueries(cache, 40);
                for (String query : queries.subList(0, Math.min(20, queries.size()))) {
                    index.search(query, 120); // warm-up
                }
                long[] times = new long[queries.size()];
                long hits = 0;
                for (int i = 0; i < queries.size(); i++) {
                    long start = System.nanoTime();
                    hits += index.search(queries.get(i), 120).size();
                    times[i] = System.nanoTime() - start;
                }
                Arrays.sort(times);
                report.note(queries.size() + " typed queries, " + hits + " hits in all; slowest "
                        + nanosToMillis(times[times.length - 1]) + " ms");
                report.metric("search-queries", queries.size());
                report.metric("search-p50-ms", nanosToMillis(times[times.length / 2]));
                report.metric("search-p95-ms", nanosToMillis(times[(int) Math.ceil(times.length * 0.95) - 1]));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long timedSync(LocalSyncStack.SignedIn coach, Path file, CacheKey key, boolean withoutIndex) {
        try (CacheDatabase cache = LocalSyncStack.openCache(file, key)) {
            if (withoutIndex) {
                SearchUpkeepSwitch.dropTriggers(cache);
            }
            long start = System.nanoTime();
            coach.sync(cache, SyncSettings.standard()).run(SyncProgress.NONE);
            return millisSince(start);
        }
    }

    /** Every prefix of 2 to 6 letters of {@code words} words from the cache's own text: 200 queries for 40 words. */
    static List<String> typedQueries(CacheDatabase cache, int words) {
        Set<String> picked = new LinkedHashSet<>();
        for (String text : sampleText(cache)) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 6 && picked.size() < words) {
                    picked.add(word);
                }
            }
        }
        List<String> queries = new ArrayList<>();
        for (String word : picked) {
            for (int length = 2; length <= 6; length++) {
                queries.add(word.substring(0, length));
            }
        }
        return queries;
    }

    private static List<String> sampleText(CacheDatabase cache) {
        // through the index itself: a match-all query on a common prefix gives rows of every table
        return new SearchIndex(cache).search("th", 400).stream().map(SearchIndex.SearchHit::snippet)
                .map(s -> s.replace(String.valueOf(SearchIndex.MATCH_START), "").replace(String.valueOf(SearchIndex.MATCH_END), ""))
                .toList();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double nanosToMillis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
