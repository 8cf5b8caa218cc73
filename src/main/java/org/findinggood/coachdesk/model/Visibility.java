package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** {@code agreed_activities.visibility}: who can see an activity. */
public enum Visibility implements WireValue {
    SHARED,
    COACH_ONLY,
    UNKNOWN;

    @JsonCreator
    public static Visibility fromWire(String wire) {
        return WireValue.parse(Visibility.class, wire, UNKNOWN);
    }

    @Override
    public String label() {
        return this == COACH_ONLY ? "Private (coach only)" : WireValue.label(wire());
    }
}
