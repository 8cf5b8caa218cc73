package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code agreed_activities.source}: where an activity came from. */
public enum ActivitySource implements WireValue {
    FOCUS("focus"),
    SESSION("session"),
    TRANSCRIPT("transcript"),
    UNKNOWN("unknown");

    private final String wire;

    ActivitySource(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ActivitySource fromWire(String wire) {
        return WireValue.parse(ActivitySource.class, wire, UNKNOWN);
    }
}
