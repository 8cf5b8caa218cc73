package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** {@code agreed_activities.source}: where an activity came from. */
public enum ActivitySource implements WireValue {
    FOCUS,
    SESSION,
    TRANSCRIPT,
    UNKNOWN;

    @JsonCreator
    public static ActivitySource fromWire(String wire) {
        return WireValue.parse(ActivitySource.class, wire, UNKNOWN);
    }
}
