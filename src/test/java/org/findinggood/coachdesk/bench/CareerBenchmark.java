package org.findinggood.coachdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.career.Career;
import org.findinggood.coachdesk.testsupport.career.CareerScale;
import org.findinggood.coachdesk.testsupport.career.CareerWorkspace;

/**
 * A career's worth of data ({@link CareerWorkspace}: 300 clients, up to five years) synced through the stand-in:
 * the first sync against its baselines (loopback), the peak heap, a resync with no change, one changed row, the
 * id reconciliation, and the first sync over hotel Wi-Fi. {@code -Dbench.only=career}; {@code -Dcareer.scale=small}
 * for a quick try of the section.
 */
final class CareerBenchmark implements Benchmark {

    private static final String COACH = "career-coach@example.org";
    private static final long SEED = 20261205L;

    @Override
    public String name() {
        return "career";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("coachdesk-career");
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            UUID coachId = stack.coach(COACH);
            long start = System.nanoTime();
            Career career;
            try (Connection c = stack.sql()) {
                career = CareerWorkspace.generate(c, coachId, SEED, CareerScale.fromProperty());
            }
            report.note("career generated and written in " + millisSince(start) + " ms; rows and JSON bytes per table:");
            career.summary().lines().forEach(line -> report.note("  " + line));
            report.metric("career-rows-in-scope", career.rowsInScope());
            report.metric("career-json-mib", career.tables().values().stream()
                    .mapToLong(Career.TableFigures::jsonBytesInScope).sum() / (1024.0 * 1024));

            AtomicInteger requests = new AtomicInteger();
            OkHttpClient http = FirstSyncRounds.counting(requests);
            LocalSyncStack.SignedIn coach = stack.signIn(COACH, stack.supabase().baseUrl(), http, 1000);
            RawFetch raw = RawFetch.direct(stack, coach, http, coachId);
            FirstSyncRounds.Synced first = new FirstSyncRounds(report, "career-first-sync", ProcessCpu.of(stack), requests)
                    .run(coach, raw, career.clientEmails(), dir, SyncSettings.standard(), Integer.getInteger("bench.careerRuns", 2));

            try (CacheDatabase cache = LocalSyncStack.openCache(first.cache(), first.key())) {
                CoachSync sync = coach.sync(cache, SyncSettings.standard());
                resyncs(report, stack, career, cache, sync, requests);
            }
            // the floor of an ids-only reconciliation: every id in scope, read as it reads them, nothing compared
            int before = requests.get();
            start = System.nanoTime();
            long ids = raw.idsOnly().fetchAll(career.clientEmails(), RawFetch.DISCARD);
            report.note(ids + " ids read in " + (requests.get() - before) + " requests");
            report.metric("career-ids-read-ms", millisSince(start));

            SlowLinkRound.run(report, "career-first-sync", stack, COACH, coachId, career.clientEmails(), dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** No change, one changed row, then the id reconciliation, each on the synced career's cache. */
    private static void resyncs(BenchReport report, LocalSyncStack stack, Career career, CacheDatabase cache,
            CoachSync sync, AtomicInteger requests) throws Exception {
        int chunks = (career.clientEmails().size() + SyncSettings.standard().inListChunk() - 1)
                / SyncSettings.standard().inListChunk();
        int before = requests.get();
        long start = System.nanoTime();
        sync.run(SyncProgress.NONE);
        int nochange = requests.get() - before;
        report.note(String.format(Locale.ROOT, "no-change resync: %d requests for %d scope chunks (target at most %d:"
                + " 2 per table and chunk)", nochange, chunks, 2 * (1 + 7 * chunks)));
        report.metric("career-resync-nochange-ms", millisSince(start));
        report.metric("career-resync-nochange-requests", nochange);

        UUID edited;
        try (Connection c = stack.sql()) {
            edited = CareerWorkspace.changeOneActivity(c, career, "Changed on the web");
        }
        before = requests.get();
        start = System.nanoTime();
        sync.run(SyncProgress.NONE);
        report.metric("career-resync-one-change-ms", millisSince(start));
        report.metric("career-resync-one-change-requests", requests.get() - before);
        boolean arrived = new AgreedActivityRepository(cache).findById(edited).map(AgreedActivity::coachNotes)
                .filter("Changed on the web"::equals).isPresent();
        report.metric("career-resync-one-change-arrived", arrived ? 1 : 0);
        if (!arrived) {
            throw new IllegalStateException("the row changed on the server did not arrive in the next round");
        }

        sync.reconcileNextRound();
        before = requests.get();
        start = System.nanoTime();
        sync.run(SyncProgress.NONE);
        report.metric("career-reconcile-ms", millisSince(start));
        report.metric("career-reconcile-requests", requests.get() - before);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
