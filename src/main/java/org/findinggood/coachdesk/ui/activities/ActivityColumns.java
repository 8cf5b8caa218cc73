package org.findinggood.coachdesk.ui.activities;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which columns of the activities table the coach has hidden (from the table's corner menu), by key. The app
 * binds the set to the settings, so a column hidden once stays hidden for every client and after a restart.
 * The activity text itself cannot be hidden: without it the table is a list of statuses.
 */
public final class ActivityColumns {

    /** Every column's key, in table order. */
    public static final List<String> KEYS = List.of("activity", "status", "source", "visibility", "created", "updated",
            "evidence", "sync");
    static final String ALWAYS_SHOWN = "activity";
    /**
     * Hidden until the coach shows them (the app's settings start with these): beside the detail pane a laptop
     * window gives the table about 600 px, and eight columns left every one of them, the activity text too, cut
     * to a few letters. Privacy is already in the row (the "Private" prefix and its colour); the day an activity
     * was agreed is in its detail pane.
     */
    public static final Set<String> HIDDEN_AT_FIRST = Set.of("visibility", "created");

    private final ObservableSet<String> hidden = FXCollections.observableSet(new TreeSet<>());

    /** The hidden columns' keys; unknown keys (a column a later version dropped) are kept but mean nothing. */
    public ObservableSet<String> hidden() {
        return hidden;
    }

    public boolean isShown(String key) {
        return key.equals(ALWAYS_SHOWN) || !hidden.contains(key);
    }

    /** Shows or hides a column; returns whether it is shown afterwards (the activity text always is). */
    public boolean show(String key, boolean shown) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("no activities column " + key);
        }
        if (shown || key.equals(ALWAYS_SHOWN)) {
            hidden.remove(key);
            return true;
        }
        hidden.add(key);
        return false;
    }
}
