package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits, a pull and reads from several threads share the one connection safely. */
class CacheConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void editsAndPullsFromManyThreadsAllLand() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("w.db"), SecretsLog.randomCacheKey()).database()) {
            new CoachRepository(db).upsertAll(List.of(Rows.coach()));
            LocalEdits edits = new LocalEdits(db);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            AgreedActivity a = edits.addActivity(Rows.ANA, ActivitySource.SESSION, Visibility.SHARED,
                                    "t" + thread + " #" + i, null);
                            edits.editCoachNotes(a.id(), "note " + i);
                            new AgreedActivityRepository(db).byClient(Rows.ANA);
                        }
                    }));
                }
                work.add(pool.submit(() -> {
                    for (int page = 0; page < 20; page++) {
                        List<WeeklySnapshot> rows = new ArrayList<>();
                        for (int i = 0; i < 100; i++) {
                            rows.add(Rows.snapshot(Rows.BEN, LocalDate.of(2000, 1, 3).plusWeeks(page * 100L + i)));
                        }
                        db.inTransaction(() -> {
                            new WeeklySnapshotRepository(db).upsertAll(rows);
                            new SyncCursorRepository(db).save(SyncCursor.start("weekly_snapshots")
                                    .advancedTo(rows.get(99).createdAt(), rows.get(99).id()));
                        });
                    }
                }));
                for (Future<?> f : work) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(new AgreedActivityRepository(db).count()).isEqualTo(160);
            List<OutboxEntry> pending = new OutboxRepository(db).pending();
            assertThat(pending).hasSize(160).allMatch(e -> e.revision() == 2 && e.payload().has("coach_notes"));
            assertThat(new WeeklySnapshotRepository(db).count()).isEqualTo(2000);
        }
    }
}
