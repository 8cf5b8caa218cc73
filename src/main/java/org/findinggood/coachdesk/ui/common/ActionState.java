package org.findinggood.coachdesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a screen shows about the action the coach started: whether it is still running, and when it failed
 * the one sentence for the coach with its copyable technical details. Views bind to the read-only
 * properties; only the view model that owns it sets them.
 */
public final class ActionState {

    private final String none;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyStringWrapper errorDetails;

    private ActionState(String none) {
        this.none = none;
        error = new ReadOnlyStringWrapper(none);
        errorDetails = new ReadOnlyStringWrapper(none);
    }

    /** No error reads as null (the sign-in and two-factor screens test for it). */
    public static ActionState nullWhenClear() {
        return new ActionState(null);
    }

    /** No error reads as "" (the tabs bind text to it). */
    public static ActionState emptyWhenClear() {
        return new ActionState("");
    }

    /** An action starts: busy, and the last action's error goes. */
    public void start() {
        busy.set(true);
        clearError();
    }

    /** The action ended, whichever way; an error it showed stays. */
    public void finish() {
        busy.set(false);
    }

    public void clearError() {
        error.set(none);
        errorDetails.set(none);
    }

    /** {@code details} may be null where there is nothing to copy. */
    public void fail(String sentence, String details) {
        error.set(sentence);
        errorDetails.set(details == null ? none : details);
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    /**
     * A view model whose view shows its {@link ActionState}: the three accessors views bind to are written once
     * here, so each view model only says which state it has.
     */
    public interface Owner {

        ActionState actionState();

        default ReadOnlyBooleanProperty busyProperty() {
            return actionState().busyProperty();
        }

        default ReadOnlyStringProperty errorProperty() {
            return actionState().errorProperty();
        }

        default ReadOnlyStringProperty errorDetailsProperty() {
            return actionState().errorDetailsProperty();
        }
    }
}
