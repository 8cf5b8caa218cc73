package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictRepositoryTest {

    @TempDir
    Path dir;
    CacheDatabase db;
    LocalEdits edits;
    OutboxRepository outbox;
    ConflictRepository conflicts;
    AgreedActivityRepository activities;
    AgreedActivity pulled;
    ObjectNode serverRow;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir.resolve("w.db"), SecretsLog.randomCacheKey()).database();
        edits = new LocalEdits(db);
        outbox = new OutboxRepository(db);
        conflicts = new ConflictRepository(db);
        activities = new AgreedActivityRepository(db);
        pulled = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        activities.upsertAll(List.of(pulled));
        // Meanwhile on the server: someone else edited notes and status.
        AgreedActivity server = new AgreedActivity(pulled.id(), pulled.clientEmail(), pulled.coachId(), pulled.source(),
                pulled.activityText(), ActivityStatus.EVIDENCE_FOUND, pulled.evidenceEntries(), "Their notes",
                pulled.visibility(), pulled.createdAt(), Rows.at("2026-02-02T09:00:00.000042Z"));
        serverRow = CacheJson.rowToJson(server);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Conflict conflictOnNotes() {
        edits.editCoachNotes(pulled.id(), "My notes");
        Conflict conflict = conflicts.record(outbox.pending().get(0), serverRow);
        assertThat(outbox.pending()).as("a refused edit leaves the push queue").isEmpty();
        assertThat(new RowSyncStates(db).of("agreed_activities", pulled.id())).isEqualTo(RowSyncState.CONFLICT);
        assertThat(activities.findById(pulled.id()).orElseThrow().coachNotes()).as("local edit kept").isEqualTo("My notes");
        return conflict;
    }

    @Test
    void recordsBothVersions() {
        Conflict conflict = conflictOnNotes();
        assertThat(conflicts.list()).containsExactly(conflict);
        assertThat(conflict.changedColumns()).containsExactly("coach_notes");
        assertThat(conflict.localValue("coach_notes").orElseThrow().asText()).isEqualTo("My notes");
        assertThat(conflict.serverValue("coach_notes").orElseThrow().asText()).isEqualTo("Their notes");
        assertThat(conflict.localBase()).isEqualTo(pulled.updatedAt());
        assertThat(conflict.canKeepBothNotes()).isTrue();
        // Editing again while in conflict joins the kept edit, not the push queue.
        edits.changeVisibility(pulled.id(), Visibility.SHARED);
        assertThat(outbox.pending()).isEmpty();
        assertThat(conflicts.forRow("agreed_activities", pulled.id()).orElseThrow().changedColumns())
                .containsExactly("coach_notes", "visibility");
    }

    @Test
    void keepMineRequeuesMyChangesOnTheServersNewerBase() {
        Conflict conflict = conflictOnNotes();
        conflicts.resolve(conflict, ConflictResolution.KEEP_MINE);
        OutboxEntry requeued = outbox.pending().get(0);
        assertThat(requeued.payload().toString()).isEqualTo("{\"coach_notes\":\"My notes\"}");
        assertThat(requeued.baseUpdatedAt()).isEqualTo(Rows.at("2026-02-02T09:00:00.000042Z"));
        AgreedActivity local = activities.findById(pulled.id()).orElseThrow();
        assertThat(local.coachNotes()).isEqualTo("My notes");
        assertThat(local.status()).as("the server's other changes are taken").isEqualTo(ActivityStatus.EVIDENCE_FOUND);
        assertThat(conflicts.count()).isZero();
        assertThatThrownBy(() -> conflicts.resolve(conflict, ConflictResolution.TAKE_THEIRS))
                .hasMessage("This conflict was already resolved.");
    }

    @Test
    void takeTheirsAppliesTheServerRowAndDropsMyEdit() {
        Conflict conflict = conflictOnNotes();
        conflicts.resolve(conflict, ConflictResolution.TAKE_THEIRS);
        AgreedActivity local = activities.findById(pulled.id()).orElseThrow();
        assertThat(local.coachNotes()).isEqualTo("Their notes");
        assertThat(local.updatedAt()).isEqualTo(Rows.at("2026-02-02T09:00:00.000042Z"));
        assertThat(outbox.pending()).isEmpty();
        assertThat(conflicts.list()).isEmpty();
        assertThat(new RowSyncStates(db).of("agreed_activities", pulled.id())).isEqualTo(RowSyncState.SYNCED);
    }

    @Test
    void keepBothNotesConcatenatesWithAMarkerAndRequeues() {
        Conflict conflict = conflictOnNotes();
        conflicts.resolve(conflict, ConflictResolution.KEEP_BOTH_NOTES);
        String expected = "My notes" + ConflictRepository.NOTES_MARKER + "Their notes";
        assertThat(activities.findById(pulled.id()).orElseThrow().coachNotes()).isEqualTo(expected);
        OutboxEntry requeued = outbox.pending().get(0);
        assertThat(requeued.payload().get("coach_notes").asText()).isEqualTo(expected);
        assertThat(requeued.baseUpdatedAt()).isEqualTo(Rows.at("2026-02-02T09:00:00.000042Z"));
    }

    @Test
    void keepBothNeedsEditedNotesAndDeletedServerRowsCanBeRecreatedOrDropped() {
        edits.changeActivityStatus(pulled.id(), ActivityStatus.RESOLVED);
        Conflict onStatus = conflicts.record(outbox.pending().get(0), null);
        assertThat(onStatus.deletedOnServer()).isTrue();
        assertThatThrownBy(() -> conflicts.resolve(onStatus, ConflictResolution.KEEP_BOTH_NOTES))
                .hasMessage("Keep both applies only to edited coach notes.");
        assertThat(conflicts.count()).as("a refused resolution changes nothing").isEqualTo(1);

        conflicts.resolve(onStatus, ConflictResolution.KEEP_MINE);
        OutboxEntry recreate = outbox.pending().get(0);
        assertThat(recreate.operation()).isEqualTo(OutboxEntry.Operation.INSERT);
        assertThat(recreate.payload().get("status").asText()).isEqualTo("resolved");
        assertThat(recreate.payload().get("activity_text").asText()).isEqualTo("Walk before work");

        Conflict again = conflicts.record(recreate, null);
        conflicts.resolve(again, ConflictResolution.TAKE_THEIRS);
        assertThat(activities.findById(pulled.id())).isEmpty();
        assertThat(outbox.count()).isZero();
    }
}
