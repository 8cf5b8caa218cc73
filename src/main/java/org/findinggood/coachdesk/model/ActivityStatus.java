package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** {@code agreed_activities.status}. */
public enum ActivityStatus implements WireValue {
    PENDING,
    EVIDENCE_FOUND,
    RESOLVED,
    DEPRIORITIZED,
    UNKNOWN;

    @JsonCreator
    public static ActivityStatus fromWire(String wire) {
        return WireValue.parse(ActivityStatus.class, wire, UNKNOWN);
    }

    /** Open activities still need the coach's attention in a session. */
    public boolean isOpen() {
        return this == PENDING || this == EVIDENCE_FOUND;
    }
}
