package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.EnumSet;
import java.util.Set;

/** {@code coaching_relationships.status}, with the lifecycle a coach may drive from Coach Desk. */
public enum RelationshipStatus implements WireValue {
    PENDING_COACH_INVITE,
    PENDING_CLIENT_REQUEST,
    ACTIVE,
    PAUSED,
    COMPLETED,
    UNKNOWN;

    @JsonCreator
    public static RelationshipStatus fromWire(String wire) {
        return WireValue.parse(RelationshipStatus.class, wire, UNKNOWN);
    }

    /**
     * The one rule for the lifecycle a coach drives: accept a client's request, pause, resume,
     * complete; an invite waits for the client, but the coach may withdraw it (completed) and a
     * request may be declined (completed). Completed is final; unknown statuses are left alone.
     * (A client accepting an invite happens in the client's tool, not here.)
     */
    public Set<RelationshipStatus> coachTransitions() {
        return switch (this) {
            case PENDING_COACH_INVITE -> EnumSet.of(COMPLETED);
            case PENDING_CLIENT_REQUEST -> EnumSet.of(ACTIVE, COMPLETED);
            case ACTIVE -> EnumSet.of(PAUSED, COMPLETED);
            case PAUSED -> EnumSet.of(ACTIVE, COMPLETED);
            case COMPLETED, UNKNOWN -> EnumSet.noneOf(RelationshipStatus.class);
        };
    }

    /** The one-word badge beside a client's name, the same in the roster and the client's header. */
    public String badge() {
        return switch (this) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case PENDING_COACH_INVITE -> "Invited";
            case PENDING_CLIENT_REQUEST -> "Request";
            case COMPLETED -> "Completed";
            case UNKNOWN -> "Unknown";
        };
    }

    public boolean canMoveTo(RelationshipStatus next) {
        return coachTransitions().contains(next);
    }
}
