package org.findinggood.coachdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.RelationshipStatus;

/**
 * Store figures, printed as BENCH lines (no assertions on time): 100,000 rows upserted in one
 * transaction into an encrypted cache, the same rows again (all conflicts), the roster over 300
 * clients, one client's activities. Run from {@code BenchMain} or directly with the test class path.
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("store-bench");
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("bench.db"), CacheKey.random()).database()) {
            List<AgreedActivity> activities = new ArrayList<>();
            List<DailyCheckin> checkins = new ArrayList<>();
            List<CoachingRelationship> relationships = new ArrayList<>();
            for (int client = 0; client < 300; client++) {
                String email = "client" + client + "@example.com";
                relationships.add(Rows.relationship(email, RelationshipStatus.ACTIVE));
                for (int i = 0; i < 200; i++) {
                    activities.add(Rows.activity(email, i % 3 == 0 ? ActivityStatus.PENDING : ActivityStatus.RESOLVED));
                }
                for (int d = 0; d < 134; d++) {
                    checkins.add(new DailyCheckin(UUID.randomUUID(), email, null, LocalDate.of(2025, 6, 1).plusDays(d),
                            Rows.json("[{\"focus\":\"sleep\",\"score\":3}]"), null));
                }
            }
            new RelationshipRepository(db).upsertAll(relationships);
            List<AgreedActivity> first = activities.subList(0, 60_000);
            List<DailyCheckin> days = checkins.subList(0, 40_000);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            db.inTransaction(() -> {
                new AgreedActivityRepository(db).upsertAll(first);
                new DailyCheckinRepository(db).upsertAll(days);
            });
            System.out.println("BENCH store-upsert-100k-rows-ms " + millisSince(start));
            // CPU time of this thread: a fairer figure on a loaded machine (SQLite runs on it).
            System.out.println("BENCH store-upsert-100k-rows-cpu-ms " + (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);

            start = System.nanoTime();
            new AgreedActivityRepository(db).upsertAll(first);
            System.out.println("BENCH store-reupsert-60k-existing-rows-ms " + millisSince(start));

            new RosterQuery(db).rows();
            start = System.nanoTime();
            int rosterRows = new RosterQuery(db).rows().size();
            System.out.println("BENCH store-roster-" + rosterRows + "-clients-ms " + millisSince(start));

            start = System.nanoTime();
            int mine = new AgreedActivityRepository(db).byClient("client7@example.com").size();
            System.out.println("BENCH store-activities-by-client-" + mine + "-rows-ms " + millisSince(start));
            System.out.println("BENCH store-file-bytes " + Files.size(db.file()));
        } finally {
            CacheFiles.delete(dir.resolve("bench.db"));
            Files.deleteIfExists(dir);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
