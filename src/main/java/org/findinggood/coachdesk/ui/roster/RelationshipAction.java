package org.findinggood.coachdesk.ui.roster;

import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.model.RelationshipStatus;

/**
 * What a coach can do with a relationship, named as the coach thinks of it. Each is one move of
 * {@link RelationshipStatus#canMoveTo}: the model holds the rule, this only names the moves.
 */
public enum RelationshipAction {
    ACCEPT_REQUEST("Accept request", RelationshipStatus.PENDING_CLIENT_REQUEST, RelationshipStatus.ACTIVE),
    DECLINE_REQUEST("Decline request", RelationshipStatus.PENDING_CLIENT_REQUEST, RelationshipStatus.COMPLETED),
    WITHDRAW_INVITE("Withdraw invite", RelationshipStatus.PENDING_COACH_INVITE, RelationshipStatus.COMPLETED),
    PAUSE("Pause", RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED),
    RESUME("Resume", RelationshipStatus.PAUSED, RelationshipStatus.ACTIVE),
    COMPLETE("Complete", null, RelationshipStatus.COMPLETED);

    private final String label;
    private final RelationshipStatus from;
    private final RelationshipStatus target;

    RelationshipAction(String label, RelationshipStatus from, RelationshipStatus target) {
        this.label = label;
        this.from = from;
        this.target = target;
    }

    public String label() {
        return label;
    }

    public RelationshipStatus target() {
        return target;
    }

    /** True when this action applies to a relationship in {@code status} and the model allows it. */
    public boolean appliesTo(RelationshipStatus status) {
        if (status == null || !status.canMoveTo(target)) {
            return false;
        }
        if (from != null) {
            return from == status;
        }
        // "Complete" is for running relationships; pending ones have their own words for it.
        return status == RelationshipStatus.ACTIVE || status == RelationshipStatus.PAUSED;
    }

    /** A move that ends the relationship or the invite: offered to undo, never styled as the main action. */
    public boolean isFinal() {
        return target == RelationshipStatus.COMPLETED;
    }

    /** The safe, expected move where there is one (accept a request, resume): the primary button. */
    public boolean isPrimary() {
        return this == ACCEPT_REQUEST || this == RESUME;
    }

    /** What happened, naming the client, for the line that offers Undo. */
    public String doneSentence(String client) {
        return switch (this) {
            case ACCEPT_REQUEST -> "Accepted " + client + "'s request.";
            case DECLINE_REQUEST -> "Declined " + client + "'s request; they can no longer start coaching from it.";
            case WITHDRAW_INVITE -> "Withdrew the invite to " + client + "; its code no longer works.";
            case PAUSE -> "Paused the coaching with " + client + ".";
            case RESUME -> "Resumed the coaching with " + client + ".";
            case COMPLETE -> "Completed the coaching with " + client + "; it moves to Completed.";
        };
    }

    public static List<RelationshipAction> availableFor(RelationshipStatus status) {
        List<RelationshipAction> actions = new ArrayList<>();
        for (RelationshipAction action : values()) {
            if (action.appliesTo(status)) {
                actions.add(action);
            }
        }
        return actions;
    }
}
