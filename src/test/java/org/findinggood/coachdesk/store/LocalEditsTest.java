package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEditsTest {

    @TempDir
    Path dir;
    CacheKey key = SecretsLog.randomCacheKey();
    CacheDatabase db;
    LocalEdits edits;
    OutboxRepository outbox;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir.resolve("w.db"), key).database();
        new CoachRepository(db).upsertAll(List.of(Rows.coach()));
        edits = new LocalEdits(db);
        outbox = new OutboxRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addingAnActivityWritesTheRowAndAnInsertEntry() {
        List<Set<String>> heard = new ArrayList<>();
        db.changes().addListener(heard::add);
        AgreedActivity added = edits.addActivity(Rows.ANA, ActivitySource.SESSION, Visibility.COACH_ONLY,
                " Journal three lines ", "Ask what got in the way");

        assertThat(new AgreedActivityRepository(db).findById(added.id())).contains(added);
        assertThat(added.status()).isEqualTo(ActivityStatus.PENDING);
        assertThat(added.coachId()).isEqualTo(Rows.COACH);
        assertThat(added.activityText()).isEqualTo("Journal three lines");
        OutboxEntry entry = outbox.pending().get(0);
        assertThat(entry.operation()).isEqualTo(OutboxEntry.Operation.INSERT);
        assertThat(entry.rowId()).isEqualTo(added.id());
        assertThat(entry.baseUpdatedAt()).isNull();
        assertThat(entry.payload().get("id").asText()).isEqualTo(added.id().toString());
        assertThat(entry.payload().get("visibility").asText()).isEqualTo("coach_only");
        assertThat(entry.payload().get("source").asText()).isEqualTo("session");
        assertThat(entry.payload().get("coach_notes").asText()).isEqualTo("Ask what got in the way");
        assertThat(entry.payload().has("created_at")).as("the server sets timestamps").isFalse();
        assertThat(heard).containsExactly(Set.of("agreed_activities", "outbox"));
        assertThat(new RowSyncStates(db).of("agreed_activities", added.id())).isEqualTo(RowSyncState.PENDING);
    }

    @Test
    void updatesQueueOnlyChangedColumnsBasedOnTheLastPulledVersionAndMerge() {
        AgreedActivity pulled = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        new AgreedActivityRepository(db).upsertAll(List.of(pulled));
        assertThat(new RowSyncStates(db).of("agreed_activities", pulled.id())).isEqualTo(RowSyncState.SYNCED);

        edits.changeActivityStatus(pulled.id(), ActivityStatus.EVIDENCE_FOUND);
        OutboxEntry first = outbox.pending().get(0);
        assertThat(first.operation()).isEqualTo(OutboxEntry.Operation.UPDATE);
        assertThat(first.payload().toString()).isEqualTo("{\"status\":\"evidence_found\"}");
        assertThat(first.baseUpdatedAt()).isEqualTo(pulled.updatedAt());
        assertThat(first.baseUpdatedAtText()).isEqualTo("2026-01-11T07:00:00.999999Z");

        edits.editCoachNotes(pulled.id(), "Found proof in Tuesday's check-in");
        AgreedActivity now = edits.changeVisibility(pulled.id(), Visibility.SHARED);
        edits.changeActivityStatus(pulled.id(), ActivityStatus.RESOLVED);

        List<OutboxEntry> pending = outbox.pending();
        assertThat(pending).hasSize(1);
        OutboxEntry merged = pending.get(0);
        assertThat(merged.payload().get("status").asText()).isEqualTo("resolved");
        assertThat(merged.payload().get("coach_notes").asText()).isEqualTo("Found proof in Tuesday's check-in");
        assertThat(merged.payload().get("visibility").asText()).isEqualTo("shared");
        assertThat(merged.baseUpdatedAt()).as("base stays the version the coach started from").isEqualTo(pulled.updatedAt());
        assertThat(merged.revision()).isEqualTo(4);
        assertThat(now.visibility()).isEqualTo(Visibility.SHARED);
        assertThat(now.updatedAt()).isEqualTo(pulled.updatedAt());
    }

    @Test
    void confirmRemovesTheEntryUnlessANewerEditMergedWhileItWasInFlight() {
        AgreedActivity pulled = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        new AgreedActivityRepository(db).upsertAll(List.of(pulled));
        edits.editCoachNotes(pulled.id(), "v1");
        OutboxEntry sent = outbox.pending().get(0);
        edits.editCoachNotes(pulled.id(), "v2"); // made while the push of v1 was on the wire
        outbox.confirm(sent, Rows.at("2026-03-01T10:00:00.000123Z"));

        OutboxEntry left = outbox.pending().get(0);
        assertThat(left.payload().get("coach_notes").asText()).isEqualTo("v2");
        assertThat(left.operation()).isEqualTo(OutboxEntry.Operation.UPDATE);
        assertThat(left.baseUpdatedAt()).isEqualTo(Rows.at("2026-03-01T10:00:00.000123Z"));
        assertThat(new AgreedActivityRepository(db).findById(pulled.id()).orElseThrow().updatedAt())
                .isEqualTo(Rows.at("2026-03-01T10:00:00.000123Z"));

        outbox.recordFailure(left, "503 from the server");
        OutboxEntry failed = outbox.pending().get(0);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("503 from the server");

        outbox.confirm(failed, Rows.at("2026-03-01T10:00:05Z"));
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.count()).isZero();
    }

    @Test
    void aPullKeepsShowingUnsentEditsAndDeletesSkipRowsWithUnsentEdits() {
        AgreedActivityRepository repo = new AgreedActivityRepository(db);
        AgreedActivity pulled = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        repo.upsertAll(List.of(pulled));
        edits.editCoachNotes(pulled.id(), "mine, unsent");
        repo.upsertAll(List.of(pulled)); // a later pull brings the server's row again
        assertThat(repo.findById(pulled.id()).orElseThrow().coachNotes()).isEqualTo("mine, unsent");
        assertThat(repo.deleteByIds(List.of(pulled.id()))).isZero();
        assertThat(repo.findById(pulled.id())).isPresent();
    }

    @Test
    void theOutboxSurvivesReopeningTheFile() {
        AgreedActivity added = edits.addActivity(Rows.ANA, ActivitySource.FOCUS, Visibility.SHARED, "Sleep by 11", null);
        List<OutboxEntry> before = outbox.pending();
        db.close();
        db = CacheDatabase.open(dir.resolve("w.db"), key).database();
        assertThat(new OutboxRepository(db).pending()).isEqualTo(before);
        assertThat(new AgreedActivityRepository(db).findById(added.id())).contains(added);
    }

    @Test
    void aFailureMidTransactionLeavesNeitherRowNorOutboxEntry() throws Exception {
        // A real SQLite trigger makes the outbox insert fail after the activity row was written.
        try (Connection other = CacheDatabase.connect(db.file(), key); Statement st = other.createStatement()) {
            st.executeUpdate("CREATE TRIGGER outbox_refuses BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected'); END");
        }
        List<Set<String>> heard = new ArrayList<>();
        db.changes().addListener(heard::add);
        assertThatThrownBy(() -> edits.addActivity(Rows.ANA, ActivitySource.SESSION, Visibility.SHARED, "Call mum", null))
                .isInstanceOf(CacheException.class);
        assertThat(new AgreedActivityRepository(db).count()).isZero();
        assertThat(outbox.count()).isZero();
        assertThat(heard).isEmpty();
    }

    @Test
    void refusesBadInputWithASentence() {
        assertThatThrownBy(() -> edits.addActivity(Rows.ANA, ActivitySource.SESSION, Visibility.SHARED, "  ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Describe the activity before adding it.");
        assertThatThrownBy(() -> edits.changeActivityStatus(java.util.UUID.randomUUID(), ActivityStatus.RESOLVED))
                .hasMessage("That activity is no longer in the cache; sync and try again.");
        assertThatThrownBy(() -> edits.inviteClient("not-an-email"))
                .hasMessageContaining("is not an e-mail address");
        assertThat(outbox.count()).isZero();
    }

    @Test
    void invitesGetUniqueReadableCodesAndOneOpenInvitePerClient() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            CoachingRelationship invite = edits.inviteClient("Client" + i + "@Example.com");
            assertThat(invite.status()).isEqualTo(RelationshipStatus.PENDING_COACH_INVITE);
            assertThat(invite.clientEmail()).isEqualTo("client" + i + "@example.com");
            assertThat(invite.coachId()).isEqualTo(Rows.COACH);
            assertThat(InviteCode.looksValid(invite.inviteCode())).as(invite.inviteCode()).isTrue();
            codes.add(invite.inviteCode());
        }
        assertThat(codes).hasSize(30);
        List<OutboxEntry> pending = outbox.pending();
        assertThat(pending).hasSize(30).allMatch(e -> e.operation() == OutboxEntry.Operation.INSERT
                && e.table().equals("coaching_relationships") && e.payload().get("status").asText().equals("pending_coach_invite"));
        assertThat(pending.get(0).payload().get("invite_code").asText()).isIn(codes);
        assertThatThrownBy(() -> edits.inviteClient("client3@example.com"))
                .hasMessage("You already have an open relationship or invite with client3@example.com.");
    }

    @Test
    void relationshipStatusFollowsTheLifecycleAndStampsStartAndEnd() {
        CoachingRelationship request = new CoachingRelationship(java.util.UUID.randomUUID(), Rows.COACH, Rows.BEN,
                RelationshipStatus.PENDING_CLIENT_REQUEST, null, null, null, Rows.at("2026-01-01T00:00:00Z"),
                Rows.at("2026-01-02T00:00:00.000005Z"));
        new RelationshipRepository(db).upsertAll(List.of(request));

        assertThatThrownBy(() -> edits.changeRelationshipStatus(request.id(), RelationshipStatus.PAUSED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A relationship that is pending client request cannot become paused.");

        CoachingRelationship active = edits.changeRelationshipStatus(request.id(), RelationshipStatus.ACTIVE);
        assertThat(active.startedAt()).isNotNull();
        CoachingRelationship paused = edits.changeRelationshipStatus(request.id(), RelationshipStatus.PAUSED);
        CoachingRelationship resumed = edits.changeRelationshipStatus(request.id(), RelationshipStatus.ACTIVE);
        assertThat(resumed.startedAt()).as("started_at is set only the first time").isEqualTo(active.startedAt());
        assertThat(paused.endedAt()).isNull();
        CoachingRelationship done = edits.changeRelationshipStatus(request.id(), RelationshipStatus.COMPLETED);
        assertThat(done.endedAt()).isNotNull();
        assertThatThrownBy(() -> edits.changeRelationshipStatus(request.id(), RelationshipStatus.ACTIVE))
                .isInstanceOf(IllegalStateException.class);

        OutboxEntry entry = outbox.pending().get(0);
        assertThat(outbox.pending()).hasSize(1);
        assertThat(entry.baseUpdatedAt()).isEqualTo(request.updatedAt());
        assertThat(entry.payload().get("status").asText()).isEqualTo("completed");
        assertThat(entry.payload().get("started_at").asText()).isEqualTo(Columns.timestamp(active.startedAt()));
        assertThat(entry.payload().get("ended_at").asText()).isEqualTo(Columns.timestamp(done.endedAt()));
    }
}
