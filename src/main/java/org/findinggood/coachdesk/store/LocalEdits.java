package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.ActivityText;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Coach;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WireValue;

/**
 * The UI's only way to change data. Each method writes the row and its {@link OutboxEntry} in one
 * SQLite transaction, so an edit is either fully recorded (and will be pushed) or not at all.
 * Rows keep their last-pulled {@code updated_at} until the server confirms (it is the push guard).
 * Refused edits (unknown row, a status move the lifecycle forbids) throw
 * {@link IllegalArgumentException} / {@link IllegalStateException} with a sentence to show.
 */
public final class LocalEdits {

    private static final String ACTIVITIES = "agreed_activities";
    private static final String RELATIONSHIPS = "coaching_relationships";
    private static final int MAX_INVITE_ATTEMPTS = 20;

    private final CacheDatabase db;
    private final AgreedActivityRepository activities;
    private final RelationshipRepository relationships;
    private final CoachRepository coaches;
    private final OutboxRepository outbox;

    public LocalEdits(CacheDatabase db) {
        this.db = db;
        this.activities = new AgreedActivityRepository(db);
        this.relationships = new RelationshipRepository(db);
        this.coaches = new CoachRepository(db);
        this.outbox = new OutboxRepository(db);
    }

    /** A new activity (pending) with a client-generated id, so a retried push cannot duplicate it. */
    public AgreedActivity addActivity(String clientEmail, ActivitySource source, Visibility visibility,
                                      String activityText, String coachNotes) {
        requireText(clientEmail, "Choose a client for the activity.");
        requireText(activityText, "Describe the activity before adding it.");
        String tooLong = ActivityText.problem(activityText);
        if (!tooLong.isEmpty()) {
            throw new IllegalArgumentException(tooLong);
        }
        requireKnown(source, "Choose where the activity came from.");
        requireKnown(visibility, "Choose who can see the activity.");
        return db.write(c -> {
            OffsetDateTime now = Columns.now();
            AgreedActivity activity = new AgreedActivity(UUID.randomUUID(), clientEmail.trim(), selfId(),
                    source, activityText.trim(), ActivityStatus.PENDING, null, blankToNull(coachNotes), visibility, now, now);
            activities.upsertAll(List.of(activity));
            outbox.enqueue(c, ACTIVITIES, activity.id(), OutboxEntry.Operation.INSERT, insertPayload(activity), null, now);
            return activity;
        });
    }

    public AgreedActivity changeActivityStatus(UUID activityId, ActivityStatus next) {
        requireKnown(next, "Choose a status.");
        return editActivity(activityId, "status", next.wire(), current -> current.status());
    }

    /** Replaces the coach's private notes (blank clears them). */
    public AgreedActivity editCoachNotes(UUID activityId, String notes) {
        return editActivity(activityId, "coach_notes", blankToNull(notes), current -> null);
    }

    public AgreedActivity changeVisibility(UUID activityId, Visibility visibility) {
        requireKnown(visibility, "Choose who can see the activity.");
        return editActivity(activityId, "visibility", visibility.wire(), current -> current.visibility());
    }

    /**
     * Invites a client: a {@code pending_coach_invite} relationship with a new, unique, readable
     * invite code ({@code FG-XXXX-XXXX}) the coach passes on.
     */
    public CoachingRelationship inviteClient(String clientEmail) {
        requireText(clientEmail, "Enter the client's e-mail address.");
        String email = clientEmail.trim().toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("\"" + clientEmail.trim() + "\" is not an e-mail address; check it and try again.");
        }
        return db.write(c -> {
            boolean alreadyOpen = relationships.all().stream().anyMatch(r -> r.clientEmail().equalsIgnoreCase(email)
                    && EnumSet.of(RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED, RelationshipStatus.PENDING_COACH_INVITE,
                    RelationshipStatus.PENDING_CLIENT_REQUEST).contains(r.status()));
            if (alreadyOpen) {
                throw new IllegalStateException("You already have an open relationship or invite with " + email + ".");
            }
            UUID coachId = selfId();
            if (coachId == null) {
                throw new IllegalStateException("Sync once while online before inviting clients.");
            }
            OffsetDateTime now = Columns.now();
            CoachingRelationship invite = new CoachingRelationship(UUID.randomUUID(), coachId, email,
                    RelationshipStatus.PENDING_COACH_INVITE, null, null, uniqueInviteCode(), now, now);
            relationships.upsertAll(List.of(invite));
            outbox.enqueue(c, RELATIONSHIPS, invite.id(), OutboxEntry.Operation.INSERT, insertPayload(invite), null, now);
            return invite;
        });
    }

    /**
     * Moves a relationship along its lifecycle ({@link RelationshipStatus#canMoveTo}); sets
     * {@code started_at} the first time it becomes active and {@code ended_at} when completed.
     */
    public CoachingRelationship changeRelationshipStatus(UUID relationshipId, RelationshipStatus next) {
        return db.write(c -> {
            CoachingRelationship current = relationships.findById(relationshipId)
                    .orElseThrow(() -> new IllegalArgumentException("That relationship is no longer in the cache; sync and try again."));
            if (current.status() == RelationshipStatus.UNKNOWN) {
                throw new IllegalStateException("This relationship is " + current.unknown().describe("status", current.status())
                        + "; it cannot be changed here.");
            }
            if (!current.status().canMoveTo(next)) {
                throw new IllegalStateException("A relationship that is " + current.status().label().toLowerCase(Locale.ROOT)
                        + " cannot become " + next.label().toLowerCase(Locale.ROOT) + ".");
            }
            ObjectNode changes = CacheJson.MAPPER.createObjectNode();
            changes.put("status", next.wire());
            OffsetDateTime now = Columns.now();
            if (next == RelationshipStatus.ACTIVE && current.startedAt() == null) {
                changes.put("started_at", Columns.timestamp(now));
            }
            if (next == RelationshipStatus.COMPLETED) {
                changes.put("ended_at", Columns.timestamp(now));
            }
            relationships.applyPatch(c, relationshipId, changes);
            outbox.enqueue(c, RELATIONSHIPS, relationshipId, OutboxEntry.Operation.UPDATE, changes, current.updatedAt());
            return relationships.findById(relationshipId).orElseThrow();
        });
    }

    /**
     * A relationship's status move as made, so the coach can take it back: the row before it, and
     * whether the row already had an unsent edit the move joined.
     */
    public record RelationshipMove(CoachingRelationship before, boolean joinedUnsentEdit) {
    }

    /** {@link #changeRelationshipStatus}, remembering what {@link #undo} needs to take it back. */
    public RelationshipMove moveRelationship(UUID relationshipId, RelationshipStatus next) {
        return db.write(c -> {
            CoachingRelationship before = relationships.findById(relationshipId)
                    .orElseThrow(() -> new IllegalArgumentException("That relationship is no longer in the cache; sync and try again."));
            boolean joined = outbox.forRow(RELATIONSHIPS, relationshipId).isPresent();
            changeRelationshipStatus(relationshipId, next);
            return new RelationshipMove(before, joined);
        });
    }

    /**
     * Takes a move back: the status and its dates return to what they were. Before the push this is
     * exact: a move that made the row's only unsent edit leaves no edit behind (nothing is sent). After
     * the push (or joined with earlier edits) it is a new edit, sent at the next sync like any other.
     * (The lifecycle rule does not apply: this returns to where the coach was, it is no new move.)
     */
    public CoachingRelationship undo(RelationshipMove move) {
        CoachingRelationship before = move.before();
        return db.write(c -> {
            if (relationships.findById(before.id()).isEmpty()) {
                throw new IllegalArgumentException("That relationship is no longer in the cache; sync and try again.");
            }
            ObjectNode back = CacheJson.MAPPER.createObjectNode();
            back.put("status", before.status().wire());
            back.put("started_at", before.startedAt() == null ? null : Columns.timestamp(before.startedAt()));
            back.put("ended_at", before.endedAt() == null ? null : Columns.timestamp(before.endedAt()));
            relationships.applyPatch(c, before.id(), back);
            if (move.joinedUnsentEdit() || !outbox.dropUnsent(c, RELATIONSHIPS, before.id())) {
                outbox.enqueue(c, RELATIONSHIPS, before.id(), OutboxEntry.Operation.UPDATE, back,
                        relationships.findById(before.id()).orElseThrow().updatedAt());
            }
            return relationships.findById(before.id()).orElseThrow();
        });
    }

    /** {@code changedValue} names the value the edit replaces when it is an enum (a value this version does not know is kept). */
    private AgreedActivity editActivity(UUID activityId, String column, String value,
                                        java.util.function.Function<AgreedActivity, WireValue> changedValue) {
        return db.write(c -> {
            AgreedActivity current = activities.findById(activityId)
                    .orElseThrow(() -> new IllegalArgumentException("That activity is no longer in the cache; sync and try again."));
            WireValue replaced = changedValue.apply(current);
            if (replaced != null && ((Enum<?>) replaced).name().equals("UNKNOWN")) {
                throw new IllegalStateException("This activity's " + column + " is " + current.unknown().describe(column, replaced)
                        + "; it cannot be changed here.");
            }
            ObjectNode changes = CacheJson.MAPPER.createObjectNode();
            changes.put(column, value);
            activities.applyPatch(c, activityId, changes);
            outbox.enqueue(c, ACTIVITIES, activityId, OutboxEntry.Operation.UPDATE, changes, current.updatedAt());
            return activities.findById(activityId).orElseThrow();
        });
    }

    private String uniqueInviteCode() {
        for (int attempt = 0; attempt < MAX_INVITE_ATTEMPTS; attempt++) {
            String code = InviteCode.generate();
            if (!relationships.inviteCodeExists(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not make a unique invite code; try again.");
    }

    private UUID selfId() {
        return coaches.self().map(Coach::id).orElse(null);
    }

    /** The whole new row; the server sets created_at and updated_at. */
    private static ObjectNode insertPayload(Object row) {
        ObjectNode payload = CacheJson.rowToJson(row);
        payload.remove(List.of("created_at", "updated_at"));
        return payload;
    }

    private static void requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void requireKnown(Enum<?> value, String message) {
        if (value == null || value.name().equals("UNKNOWN")) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
