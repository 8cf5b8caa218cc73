package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 002: a cache written while the pull still let another coach's rows in (a shared client) loses
 * them at open, before any network; this coach's rows, null-coach rows and rows with unsent edits stay.
 */
class OtherCoachesRowsMigrationTest {

    private static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-0000000000b2");

    @TempDir
    Path dir;

    @Test
    void rowsOfAnotherCoachGoAtOpenAndTheRestStays() throws Exception {
        Path file = dir.resolve("old.db");
        CacheKey key = SecretsLog.randomCacheKey();
        AgreedActivity mine = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        AgreedActivity clients = withCoach(Rows.activity(Rows.ANA, ActivityStatus.PENDING), null);
        AgreedActivity theirs = withCoach(Rows.activity(Rows.ANA, ActivityStatus.RESOLVED), OTHER);
        AgreedActivity theirsEdited = withCoach(Rows.activity(Rows.ANA, ActivityStatus.PENDING), OTHER);
        WeeklySnapshot theirSnapshot = withCoach(Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 5)), OTHER);
        WeeklySnapshot mySnapshot = Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 12));
        RollingAggregate theirAggregate = withCoach(Rows.aggregate(Rows.ANA), OTHER);
        RollingAggregate myAggregate = Rows.aggregate(Rows.ANA);
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            new CoachRepository(db).upsertAll(List.of(Rows.coach()));
            new AgreedActivityRepository(db).upsertAll(List.of(mine, clients, theirs, theirsEdited));
            new WeeklySnapshotRepository(db).upsertAll(List.of(theirSnapshot, mySnapshot));
            new RollingAggregateRepository(db).upsertAll(List.of(theirAggregate, myAggregate));
            new LocalEdits(db).editCoachNotes(theirsEdited.id(), "edited here before the fix");
            // back to the schema of a cache written before migration 002
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("PRAGMA user_version = 1");
                    // what migration 007 added was not there before 002 either
                    st.executeUpdate("ALTER TABLE conflict DROP COLUMN refusal");
                    st.executeUpdate("ALTER TABLE conflict DROP COLUMN refusal_details");
                    st.executeUpdate("DROP TABLE journal_state");
                }
                return null;
            });
        }

        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            assertThat(new AgreedActivityRepository(db).all()).extracting(AgreedActivity::id)
                    .containsExactlyInAnyOrder(mine.id(), clients.id(), theirsEdited.id());
            assertThat(new WeeklySnapshotRepository(db).all()).extracting(WeeklySnapshot::id).containsExactly(mySnapshot.id());
            assertThat(new RollingAggregateRepository(db).all()).extracting(RollingAggregate::id)
                    .containsExactly(myAggregate.id());
        }
    }

    @Test
    void aCacheThatNeverSyncedTheCoachKeepsEverything() throws Exception {
        Path file = dir.resolve("unknown-coach.db");
        CacheKey key = SecretsLog.randomCacheKey();
        AgreedActivity anyCoach = withCoach(Rows.activity(Rows.ANA, ActivityStatus.PENDING), OTHER);
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            new AgreedActivityRepository(db).upsertAll(List.of(anyCoach));
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("PRAGMA user_version = 1");
                    // what migration 007 added was not there before 002 either
                    st.executeUpdate("ALTER TABLE conflict DROP COLUMN refusal");
                    st.executeUpdate("ALTER TABLE conflict DROP COLUMN refusal_details");
                    st.executeUpdate("DROP TABLE journal_state");
                }
                return null;
            });
        }
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            // no coaches row: whose rows these are is unknown here, the next pull decides by the coach's id
            assertThat(new AgreedActivityRepository(db).all()).extracting(AgreedActivity::id).containsExactly(anyCoach.id());
        }
    }

    private static AgreedActivity withCoach(AgreedActivity a, UUID coach) {
        return new AgreedActivity(a.id(), a.clientEmail(), coach, a.source(), a.activityText(), a.status(),
                a.evidenceEntries(), a.coachNotes(), a.visibility(), a.createdAt(), a.updatedAt());
    }

    private static WeeklySnapshot withCoach(WeeklySnapshot s, UUID coach) {
        return new WeeklySnapshot(s.id(), s.clientEmail(), coach, s.weekNumber(), s.weekStart(), s.weekEnd(),
                s.activityCounts(), s.themes(), s.languagePatterns(), s.firesSignals(), s.exchanges(), s.openThreads(),
                s.coachingQuestions(), s.createdAt());
    }

    private static RollingAggregate withCoach(RollingAggregate r, UUID coach) {
        return new RollingAggregate(r.id(), r.clientEmail(), coach, r.coachingStart(), r.totalWeeks(),
                r.permissionEvolution(), r.persistentThemes(), r.firesTrajectory(), r.relationshipMap(),
                r.questionsExplored(), r.breakthroughs(), r.updatedAt());
    }
}
