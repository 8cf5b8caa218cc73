package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code agreed_activities.status}. */
public enum ActivityStatus implements WireValue {
    PENDING("pending"),
    EVIDENCE_FOUND("evidence_found"),
    RESOLVED("resolved"),
    DEPRIORITIZED("deprioritized"),
    UNKNOWN("unknown");

    private final String wire;

    ActivityStatus(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ActivityStatus fromWire(String wire) {
        return WireValue.parse(ActivityStatus.class, wire, UNKNOWN);
    }

    /** Open activities still need the coach's attention in a session. */
    public boolean isOpen() {
        return this == PENDING || this == EVIDENCE_FOUND;
    }
}
