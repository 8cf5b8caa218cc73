package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code agreed_activities.visibility}: who can see an activity. */
public enum Visibility implements WireValue {
    SHARED("shared"),
    COACH_ONLY("coach_only"),
    UNKNOWN("unknown");

    private final String wire;

    Visibility(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Visibility fromWire(String wire) {
        return WireValue.parse(Visibility.class, wire, UNKNOWN);
    }

    @Override
    public String label() {
        return this == COACH_ONLY ? "Private (coach only)" : WireValue.label(wire);
    }
}
