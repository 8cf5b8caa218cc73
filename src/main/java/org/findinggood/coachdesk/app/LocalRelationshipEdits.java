package org.findinggood.coachdesk.app;

import java.util.UUID;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;

/** The roster's port for edits, written through the cache's {@link LocalEdits} (row and outbox entry together). */
public final class LocalRelationshipEdits implements RosterViewModel.RelationshipEdits {

    private final LocalEdits edits;

    public LocalRelationshipEdits(LocalEdits edits) {
        this.edits = edits;
    }

    @Override
    public String inviteClient(String email) {
        return edits.inviteClient(email).inviteCode();
    }

    @Override
    public RosterViewModel.Undo changeStatus(UUID relationshipId, RelationshipStatus next) {
        LocalEdits.RelationshipMove move = edits.moveRelationship(relationshipId, next);
        return () -> edits.undo(move);
    }
}
