package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Since" rows from a real encrypted cache; visits and dismissals stay local (no outbox entry). */
class ChangesSinceQueryTest {

    @TempDir
    Path dir;
    CacheDatabase db;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir.resolve("w.db"), SecretsLog.randomCacheKey()).database();
        new CoachRepository(db).upsertAll(List.of(Rows.coach()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlyRowsWrittenAfterTheMomentAndCheckInsOfBothPeriods() {
        WeeklySnapshot old = Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 5)); // created 2026-01-12
        WeeklySnapshot fresh = withCreated(Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 19)), "2026-01-25T08:00:00Z");
        new WeeklySnapshotRepository(db).upsertAll(List.of(old, fresh));
        AgreedActivity activity = Rows.activity(Rows.ANA, ActivityStatus.EVIDENCE_FOUND); // updated 2026-01-11
        new AgreedActivityRepository(db).upsertAll(List.of(activity, Rows.activity(Rows.BEN, ActivityStatus.PENDING)));
        new LocalEdits(db).changeActivityStatus(activity.id(), ActivityStatus.RESOLVED);
        new DailyCheckinRepository(db).upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 18)),
                Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 21)), Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 2))));

        ClientChanges changes = new ChangesSinceQuery(db).since(Rows.ANA, Instant.parse("2026-01-20T00:00:00Z"),
                Instant.parse("2026-01-26T00:00:00Z"));

        assertThat(changes.newWeeks()).extracting(ClientChanges.Week::id).containsExactly(fresh.id());
        assertThat(changes.thisWeek().id()).isEqualTo(fresh.id());
        assertThat(changes.lastWeek().id()).isEqualTo(old.id()); // the next newest week, for week-over-week
        assertThat(changes.checkinsSince()).extracting(ClientFacts.Checkin::date).containsExactly(LocalDate.of(2026, 1, 21));
        assertThat(changes.checkinsBefore()).extracting(ClientFacts.Checkin::date).containsExactly(LocalDate.of(2026, 1, 18));
        // the activity's updated_at stays the server's until the push: an unsent edit alone is not "since"
        assertThat(changes.activities()).isEmpty();
    }

    @Test
    void visitsAreRecordedLocallyWithoutAnOutboxEntry() {
        LastOpenedRepository visits = new LastOpenedRepository(db);
        assertThat(visits.visit(Rows.ANA, Instant.parse("2026-01-20T09:00:00Z"))).isEmpty();
        assertThat(visits.visit(Rows.ANA, Instant.parse("2026-01-22T09:00:00Z"))).contains(Instant.parse("2026-01-20T09:00:00Z"));
        visits.opened(new LastOpenedRepository.LastOpened(Rows.ANA, Instant.parse("2026-01-22T09:00:00Z"), 2,
                LocalDate.of(2026, 1, 19)));
        visits.visit(Rows.BEN, Instant.parse("2026-01-21T09:00:00Z"));
        new TodayDismissals(db).dismiss(Rows.BEN, Instant.parse("2026-01-22T10:00:00Z"));

        assertThat(visits.latest()).hasValueSatisfying(last -> {
            assertThat(last.clientEmail()).isEqualTo(Rows.ANA);
            assertThat(last.tab()).isEqualTo(2);
            assertThat(last.weekStart()).isEqualTo(LocalDate.of(2026, 1, 19));
        });
        assertThat(new OutboxRepository(db).pending()).isEmpty();
    }

    private static WeeklySnapshot withCreated(WeeklySnapshot s, String created) {
        return new WeeklySnapshot(s.id(), s.clientEmail(), s.coachId(), s.weekNumber(), s.weekStart(), s.weekEnd(),
                s.activityCounts(), s.themes(), s.languagePatterns(), s.firesSignals(), s.exchanges(), s.openThreads(),
                s.coachingQuestions(), Rows.at(created.replace("Z", "+00:00")));
    }
}
