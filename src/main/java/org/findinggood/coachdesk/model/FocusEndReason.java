package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** {@code focus_history.reason}: why a focus item ended (null while it is active). */
public enum FocusEndReason implements WireValue {
    PAUSED,
    EVOLVED,
    COMPLETED,
    UNKNOWN;

    @JsonCreator
    public static FocusEndReason fromWire(String wire) {
        return WireValue.parse(FocusEndReason.class, wire, UNKNOWN);
    }
}
