package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code focus_history.reason}: why a focus item ended (null while it is active). */
public enum FocusEndReason implements WireValue {
    PAUSED("paused"),
    EVOLVED("evolved"),
    COMPLETED("completed"),
    UNKNOWN("unknown");

    private final String wire;

    FocusEndReason(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static FocusEndReason fromWire(String wire) {
        return WireValue.parse(FocusEndReason.class, wire, UNKNOWN);
    }
}
