package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store figures (not assertions on time): {@code mvn -o test -Dtest=StoreBenchTest -DexcludedGroups= }.
 * Prints BENCH lines: 100,000 rows upserted in one transaction into an encrypted cache, and the
 * roster query over 300 clients.
 */
@Tag("bench")
class StoreBenchTest {

    @TempDir
    Path dir;

    @Test
    void upsertAndRosterFigures() {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("bench.db"), CacheKey.random()).database()) {
            List<AgreedActivity> activities = new ArrayList<>();
            List<DailyCheckin> checkins = new ArrayList<>();
            List<org.findinggood.coachdesk.model.CoachingRelationship> relationships = new ArrayList<>();
            for (int client = 0; client < 300; client++) {
                String email = "client" + client + "@example.com";
                relationships.add(Rows.relationship(email, RelationshipStatus.ACTIVE));
                for (int i = 0; i < 200; i++) {
                    AgreedActivity a = Rows.activity(email, i % 3 == 0 ? ActivityStatus.PENDING : ActivityStatus.RESOLVED);
                    activities.add(a);
                }
                for (int d = 0; d < 134; d++) {
                    checkins.add(new DailyCheckin(UUID.randomUUID(), email, null, LocalDate.of(2025, 6, 1).plusDays(d),
                            Rows.json("[{\"focus\":\"sleep\",\"score\":3}]"), null));
                }
            }
            new RelationshipRepository(db).upsertAll(relationships);
            List<AgreedActivity> first = activities.subList(0, 60_000);
            for (int warm = 0; warm < 2; warm++) {
                new AgreedActivityRepository(db).upsertAll(first.subList(0, 5_000));
            }
            long start = System.nanoTime();
            db.inTransaction(() -> {
                new AgreedActivityRepository(db).upsertAll(first);
                new DailyCheckinRepository(db).upsertAll(checkins.subList(0, 40_000));
            });
            long upsertMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("BENCH store-upsert-100k-rows-ms " + upsertMs);

            start = System.nanoTime();
            new AgreedActivityRepository(db).upsertAll(first);
            System.out.println("BENCH store-reupsert-60k-existing-rows-ms " + (System.nanoTime() - start) / 1_000_000);

            new RosterQuery(db).rows();
            start = System.nanoTime();
            List<RosterRow> roster = new RosterQuery(db).rows();
            System.out.println("BENCH store-roster-300-clients-ms " + (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            new AgreedActivityRepository(db).byClient("client7@example.com");
            System.out.println("BENCH store-activities-by-client-ms " + (System.nanoTime() - start) / 1_000_000);
            assertThat(roster).hasSize(300);
            assertThat(new AgreedActivityRepository(db).count() + new DailyCheckinRepository(db).count()).isEqualTo(100_000);
        }
    }
}
