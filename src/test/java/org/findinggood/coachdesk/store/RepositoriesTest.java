package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every repository against a real encrypted SQLite file: all columns, JSON, enums, microseconds. */
class RepositoriesTest {

    @TempDir
    Path dir;
    CacheDatabase db;


    @AfterEach
    void close() {
        db.close();
    }

    /** Upserts, reopens the file, reads back: every column must come back equal. */
    private <T> void roundTrips(Function<CacheDatabase, RowRepository<T>> repository, List<T> rows) {
        repository.apply(db).upsertAll(rows);
        Path file = db.file();
        db.close();
        db = CacheDatabase.open(file, key).database();
        assertThat(repository.apply(db).all()).containsExactlyInAnyOrderElementsOf(rows);
    }

    private CacheKey key;


    @BeforeEach
    void open() {
        key = SecretsLog.randomCacheKey();
        db = CacheDatabase.open(dir.resolve("k.db"), key).database();
    }

    @Test
    void everyTableRoundTripsEveryColumn() {
        roundTrips(CoachRepository::new, List.of(Rows.coach()));
        roundTrips(ClientRepository::new, List.of(Rows.client(Rows.ANA, "Ana"), new Client(UUID.randomUUID(), Rows.BEN, null, null)));
        roundTrips(RelationshipRepository::new, List.of(Rows.relationship(Rows.ANA, RelationshipStatus.ACTIVE),
                new CoachingRelationship(UUID.randomUUID(), Rows.COACH, Rows.BEN, RelationshipStatus.COMPLETED,
                        Rows.at("2025-01-01T00:00:00Z"), Rows.at("2025-07-01T06:59:59.999999Z"), "FG-ABCD-EFGH",
                        Rows.at("2024-12-31T00:00:00.000001Z"), null)));
        roundTrips(WeeklySnapshotRepository::new, List.of(Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 5)),
                new WeeklySnapshot(UUID.randomUUID(), Rows.BEN, null, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11),
                        null, null, null, null, null, null, null, null)));
        roundTrips(RollingAggregateRepository::new, List.of(Rows.aggregate(Rows.ANA)));
        roundTrips(AgreedActivityRepository::new, List.of(Rows.activity(Rows.ANA, ActivityStatus.EVIDENCE_FOUND),
                Rows.activity(Rows.BEN, ActivityStatus.DEPRIORITIZED)));
        roundTrips(PermissionRepository::new, List.of(Rows.permission(Rows.ANA, Rows.at("2026-01-03T00:00:00.000002Z"))));
        roundTrips(DailyCheckinRepository::new, List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 9))));
        roundTrips(FocusHistoryRepository::new, List.of(Rows.focus(Rows.ANA, LocalDate.of(2025, 11, 1), FocusEndReason.EVOLVED),
                Rows.focus(Rows.ANA, LocalDate.of(2025, 12, 1), null)));
    }

    @Test
    void timestampsKeepMicrosecondsAsUtcTextThatSortsByTime() {
        RelationshipRepository repo = new RelationshipRepository(db);
        CoachingRelationship row = new CoachingRelationship(UUID.randomUUID(), Rows.COACH, Rows.ANA, RelationshipStatus.ACTIVE,
                Rows.at("2026-01-05T09:00:00.123456+01:00"), null, null, null, Rows.at("2026-01-20T10:11:12.654321Z"));
        repo.upsertAll(List.of(row));
        assertThat(repo.rawValue(row.id(), "started_at")).contains("2026-01-05T08:00:00.123456Z");
        assertThat(repo.rawValue(row.id(), "updated_at")).contains("2026-01-20T10:11:12.654321Z");
        assertThat(repo.findById(row.id()).orElseThrow().startedAt().toInstant()).isEqualTo(row.startedAt().toInstant());
    }

    @Test
    void unknownEnumTextFromTheServerSurvivesReadsAndUpserts() throws Exception {
        AgreedActivityRepository repo = new AgreedActivityRepository(db);
        AgreedActivity row = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        repo.upsertAll(List.of(row));
        // A newer server wrote values this version does not know (as a pull of raw JSON would store them).
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE agreed_activities SET status = 'snoozed', visibility = 'team', source = 'email' WHERE id = ?")) {
                ps.setString(1, row.id().toString());
                return ps.executeUpdate();
            }
        });
        AgreedActivity read = repo.findById(row.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(ActivityStatus.UNKNOWN);
        assertThat(read.visibility()).isEqualTo(Visibility.UNKNOWN);
        // Writing the model back (UNKNOWN) must not turn the server's text into "unknown".
        repo.upsertAll(List.of(read));
        assertThat(repo.rawValue(row.id(), "status")).contains("snoozed");
        assertThat(repo.rawValue(row.id(), "visibility")).contains("team");
        assertThat(repo.rawValue(row.id(), "source")).contains("email");
        // A later known value from the server replaces it.
        repo.upsertAll(List.of(row));
        assertThat(repo.rawValue(row.id(), "status")).contains("pending");
        assertThat(new RelationshipRepository(db).byStatus(RelationshipStatus.ACTIVE)).isEmpty();
    }

    @Test
    void serverJsonKeepsUnknownEnumTextExactlyButNotOverUnsentEdits() {
        AgreedActivityRepository repo = new AgreedActivityRepository(db);
        AgreedActivity row = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        com.fasterxml.jackson.databind.node.ObjectNode json = CacheJson.rowToJson(row);
        json.put("status", "snoozed");
        json.put("updated_at", "2026-02-01T10:00:00.123456+00:00");
        repo.upsertJson(json);
        assertThat(repo.rawValue(row.id(), "status")).contains("snoozed");
        assertThat(repo.rawValue(row.id(), "updated_at")).contains("2026-02-01T10:00:00.123456Z");
        assertThat(repo.findById(row.id()).orElseThrow().status()).isEqualTo(ActivityStatus.UNKNOWN);

        new CoachRepository(db).upsertAll(List.of(Rows.coach()));
        // No move from a status this version does not know (issue 18): the server's value must not be overwritten.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LocalEdits(db).changeActivityStatus(row.id(), ActivityStatus.RESOLVED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("snoozed: not known to this version");
        new LocalEdits(db).editCoachNotes(row.id(), "An unsent note");
        repo.upsertJson(json);
        assertThat(repo.findById(row.id()).orElseThrow().coachNotes()).as("the unsent edit stays visible").isEqualTo("An unsent note");
        assertThat(repo.rawValue(row.id(), "status")).contains("snoozed");
    }

    @Test
    void uiReadsFilterAndOrderAsTheScreensNeed() {
        WeeklySnapshotRepository snapshots = new WeeklySnapshotRepository(db);
        WeeklySnapshot older = Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 5));
        WeeklySnapshot newer = Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 12));
        snapshots.upsertAll(List.of(older, newer, Rows.snapshot(Rows.BEN, LocalDate.of(2026, 1, 19))));
        assertThat(snapshots.byClient(Rows.ANA)).containsExactly(newer, older);
        assertThat(snapshots.latestByClient(Rows.ANA)).contains(newer);

        PermissionRepository permissions = new PermissionRepository(db);
        Permission first = Rows.permission(Rows.ANA, Rows.at("2026-01-03T00:00:00Z"));
        Permission latest = Rows.permission(Rows.ANA, Rows.at("2026-01-04T00:00:00Z"));
        permissions.upsertAll(List.of(latest, first));
        assertThat(permissions.latestByClient(Rows.ANA)).contains(latest);
        assertThat(permissions.latestByClient(Rows.BEN)).isEmpty();

        DailyCheckinRepository checkins = new DailyCheckinRepository(db);
        List<DailyCheckin> days = List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 1)),
                Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 2)), Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 3)),
                Rows.checkin(Rows.BEN, LocalDate.of(2026, 1, 2)));
        checkins.upsertAll(days);
        assertThat(checkins.byClientBetween(Rows.ANA, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3)))
                .containsExactly(days.get(1), days.get(2));

        AgreedActivityRepository activities = new AgreedActivityRepository(db);
        AgreedActivity open = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        AgreedActivity done = Rows.activity(Rows.ANA, ActivityStatus.RESOLVED);
        activities.upsertAll(List.of(open, done));
        assertThat(activities.byClient(Rows.ANA)).containsExactlyInAnyOrder(open, done);
        assertThat(activities.openByClient(Rows.ANA)).containsExactly(open);
        assertThat(activities.byClientAndStatus(Rows.ANA, ActivityStatus.RESOLVED)).containsExactly(done);

        RollingAggregate aggregate = Rows.aggregate(Rows.ANA);
        new RollingAggregateRepository(db).upsertAll(List.of(aggregate));
        assertThat(new RollingAggregateRepository(db).byClient(Rows.ANA)).contains(aggregate);

        FocusHistoryRepository focus = new FocusHistoryRepository(db);
        FocusHistoryEntry old = Rows.focus(Rows.ANA, LocalDate.of(2025, 10, 1), FocusEndReason.COMPLETED);
        FocusHistoryEntry current = Rows.focus(Rows.ANA, LocalDate.of(2025, 12, 1), null);
        focus.upsertAll(List.of(old, current));
        assertThat(focus.byClient(Rows.ANA)).containsExactly(current, old);
    }

    @Test
    void syncHelpersUpsertDeleteAndListIdsPerClient() {
        AgreedActivityRepository repo = new AgreedActivityRepository(db);
        AgreedActivity a = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        AgreedActivity b = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        AgreedActivity c = Rows.activity(Rows.BEN, ActivityStatus.PENDING);
        repo.upsertAll(List.of(a, b, c));
        assertThat(repo.idsForClient(Rows.ANA)).containsExactlyInAnyOrder(a.id(), b.id());
        AgreedActivity changed = new AgreedActivity(a.id(), a.clientEmail(), a.coachId(), a.source(), "Walk at lunch",
                ActivityStatus.RESOLVED, null, null, Visibility.SHARED, a.createdAt(), Rows.at("2026-02-01T00:00:00.000007Z"));
        repo.upsertAll(List.of(changed));
        assertThat(repo.findById(a.id())).contains(changed);
        assertThat(repo.deleteByIds(List.of(a.id(), UUID.randomUUID()))).isEqualTo(1);
        assertThat(repo.idsForClient(Rows.ANA)).containsExactly(b.id());
        assertThat(new ClientRepository(db).idsForClient(Rows.ANA)).isEmpty();
        assertThat(repo.count()).isEqualTo(2);
    }

    @Test
    void rosterJoinsClientLastCheckinAndOpenActivities() {
        CoachingRelationship ana = Rows.relationship(Rows.ANA, RelationshipStatus.ACTIVE);
        CoachingRelationship ben = Rows.relationship(Rows.BEN, RelationshipStatus.PAUSED);
        CoachingRelationship invite = Rows.relationship("new@example.com", RelationshipStatus.PENDING_COACH_INVITE);
        new RelationshipRepository(db).upsertAll(List.of(ben, invite, ana));
        Client anaClient = Rows.client(Rows.ANA, "Ana");
        new ClientRepository(db).upsertAll(List.of(anaClient, Rows.client(Rows.BEN, "Ben")));
        new DailyCheckinRepository(db).upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 2)),
                Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 9))));
        new AgreedActivityRepository(db).upsertAll(List.of(Rows.activity(Rows.ANA, ActivityStatus.PENDING),
                Rows.activity(Rows.ANA, ActivityStatus.EVIDENCE_FOUND), Rows.activity(Rows.ANA, ActivityStatus.RESOLVED)));

        List<RosterRow> rows = new RosterQuery(db).rows();
        assertThat(rows).extracting(r -> r.relationship().id()).containsExactly(ana.id(), invite.id(), ben.id());
        assertThat(rows.get(0)).isEqualTo(new RosterRow(ana, anaClient, LocalDate.of(2026, 1, 9), 2, 1));
        assertThat(rows.get(1).client()).isNull();
        assertThat(rows.get(1).displayName()).isEqualTo("new@example.com");
        assertThat(rows.get(2).lastCheckin()).isNull();
        assertThat(rows.get(0).pendingActivities()).isEqualTo(1);
        assertThat(rows.get(2).openActivities()).isZero();
        assertThat(new RosterQuery(db).rows(Set.of(RelationshipStatus.PAUSED))).extracting(RosterRow::displayName)
                .containsExactly("Ben");
    }
}
