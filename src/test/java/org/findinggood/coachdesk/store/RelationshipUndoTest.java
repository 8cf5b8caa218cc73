package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo of a final relationship move (complete, decline, withdraw) on a real cache file. */
class RelationshipUndoTest {

    @TempDir
    Path dir;
    CacheDatabase db;
    LocalEdits edits;
    OutboxRepository outbox;
    RelationshipRepository relationships;
    CoachingRelationship active;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir.resolve("w.db"), SecretsLog.randomCacheKey()).database();
        new CoachRepository(db).upsertAll(List.of(Rows.coach()));
        edits = new LocalEdits(db);
        outbox = new OutboxRepository(db);
        relationships = new RelationshipRepository(db);
        active = new CoachingRelationship(UUID.randomUUID(), Rows.COACH, Rows.BEN, RelationshipStatus.ACTIVE,
                Rows.at("2026-01-01T00:00:00Z"), null, null, Rows.at("2026-01-01T00:00:00Z"),
                Rows.at("2026-01-02T00:00:00.000005Z"));
        relationships.upsertAll(List.of(active));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void undoBeforeThePushLeavesTheRowAsPulledAndNothingToSend() {
        LocalEdits.RelationshipMove move = edits.moveRelationship(active.id(), RelationshipStatus.COMPLETED);
        assertThat(relationships.findById(active.id()).orElseThrow().status()).isEqualTo(RelationshipStatus.COMPLETED);
        assertThat(outbox.count()).isEqualTo(1);

        CoachingRelationship back = edits.undo(move);

        assertThat(back).isEqualTo(active);
        assertThat(outbox.count()).as("the server never needs to hear of it").isZero();
        assertThat(new RowSyncStates(db).of("coaching_relationships", active.id())).isEqualTo(RowSyncState.SYNCED);
    }

    @Test
    void undoOfAMoveThatJoinedAnEarlierUnsentEditKeepsThatEdit() {
        edits.changeRelationshipStatus(active.id(), RelationshipStatus.PAUSED);
        CoachingRelationship paused = relationships.findById(active.id()).orElseThrow();
        LocalEdits.RelationshipMove move = edits.moveRelationship(active.id(), RelationshipStatus.COMPLETED);

        edits.undo(move);

        assertThat(relationships.findById(active.id()).orElseThrow()).isEqualTo(paused);
        OutboxEntry entry = outbox.forRow("coaching_relationships", active.id()).orElseThrow();
        assertThat(entry.payload().get("status").asText()).isEqualTo("paused");
        assertThat(entry.payload().get("ended_at").isNull()).isTrue();
        assertThat(entry.baseUpdatedAt()).isEqualTo(active.updatedAt());
    }

    @Test
    void undoAfterThePushIsANewEditOnTheServersVersion() {
        LocalEdits.RelationshipMove move = edits.moveRelationship(active.id(), RelationshipStatus.COMPLETED);
        OutboxEntry sent = outbox.pending().get(0);
        // what the sync engine does around a push the server accepted
        outbox.recordAttempt(sent);
        outbox.confirm(sent, Rows.at("2026-02-01T10:00:00Z"));
        assertThat(outbox.count()).isZero();

        CoachingRelationship back = edits.undo(move);

        assertThat(back.status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(back.endedAt()).isNull();
        OutboxEntry again = outbox.forRow("coaching_relationships", active.id()).orElseThrow();
        assertThat(again.operation()).isEqualTo(OutboxEntry.Operation.UPDATE);
        assertThat(again.payload().get("status").asText()).isEqualTo("active");
        assertThat(again.payload().get("ended_at").isNull()).isTrue();
        assertThat(again.baseUpdatedAt()).isEqualTo(Rows.at("2026-02-01T10:00:00Z"));
    }

    @Test
    void undoWhileThePushIsUnderWayQueuesTheWayBackInsteadOfDroppingTheEntry() {
        LocalEdits.RelationshipMove move = edits.moveRelationship(active.id(), RelationshipStatus.COMPLETED);
        OutboxEntry sending = outbox.pending().get(0);
        outbox.recordAttempt(sending); // the request may have reached the server

        edits.undo(move);

        OutboxEntry entry = outbox.forRow("coaching_relationships", active.id()).orElseThrow();
        assertThat(entry.payload().get("status").asText()).isEqualTo("active");
        assertThat(entry.revision()).isGreaterThan(sending.revision());
    }
}
