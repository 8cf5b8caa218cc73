package org.findinggood.coachdesk.ui.sync;

import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.findinggood.coachdesk.sync.SyncStatus;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/**
 * The always-visible sync status: when the cache last synced, progress while syncing (table and
 * row counts), offline, errors as one sentence with details, pending edits and conflicts. In the
 * demo workspace sync is off and the bar says so.
 */
public class SyncStatusViewModel {

    /** What the bar can ask for; the app connects these to the sync engine and the conflicts view. */
    public interface Actions {
        void syncNow();

        void openConflicts();
    }

    /** The demo's status line: never synced, and how to get to real clients. */
    public static final String DEMO_STATUS = "Sample data, never synced \u00b7 File \u203a Sign in to Finding Good\u2026 "
            + "opens your own clients";

    private final Clock clock;
    private final Actions actions;
    private final boolean syncEnabled;

    private final ReadOnlyStringWrapper lastSynced = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper pendingEdits = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper pendingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper conflicts = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper conflictsText = new ReadOnlyStringWrapper("");

    private SyncStatusViewModel(Clock clock, Actions actions, boolean syncEnabled) {
        this.clock = clock;
        this.actions = actions;
        this.syncEnabled = syncEnabled;
        // The demo banner already says it is the demo; the bar tells what sync means there and the way out.
        lastSynced.set(syncEnabled ? "Not synced yet" : DEMO_STATUS);
    }

    /** A signed-in workspace whose status comes from the sync engine. */
    public static SyncStatusViewModel forWorkspace(Clock clock, Actions actions) {
        return new SyncStatusViewModel(clock, actions, true);
    }

    /** The demo workspace: no sync, conflicts never arise. */
    public static SyncStatusViewModel forDemo(Clock clock) {
        return new SyncStatusViewModel(clock, new Actions() {
            @Override
            public void syncNow() {
            }

            @Override
            public void openConflicts() {
            }
        }, false);
    }

    /**
     * Shows one status from the engine. Call on the FX thread.
     *
     * @param phaseLabel null when idle
     * @param rowsTotal  -1 when unknown
     */
    public void show(String phaseLabel, String table, long rowsDone, long rowsTotal, Instant lastSuccess,
                     boolean isOffline, String errorSentence, String details, int pending, int conflictCount) {
        boolean running = phaseLabel != null;
        syncing.set(running);
        if (running) {
            progress.set(rowsTotal > 0 ? Math.min(1.0, (double) rowsDone / rowsTotal) : -1);
            StringBuilder text = new StringBuilder(phaseLabel);
            if (table != null) {
                text.append(" \u00b7 ").append(table.replace('_', ' '));
            }
            if (rowsTotal > 0) {
                text.append(" \u00b7 ").append(DisplayFormats.count(rowsDone)).append(" of ")
                        .append(DisplayFormats.count(rowsTotal)).append(" rows");
            } else if (rowsDone > 0) {
                text.append(" \u00b7 ").append(DisplayFormats.count(rowsDone)).append(" rows");
            }
            progressText.set(text.toString());
        } else {
            progress.set(-1);
            progressText.set("");
        }
        lastSynced.set(lastSuccess == null ? "Not synced yet"
                : "Last synced " + DisplayFormats.relativeTime(lastSuccess, clock));
        offline.set(isOffline);
        error.set(errorSentence);
        errorDetails.set(details);
        pendingEdits.set(pending);
        pendingText.set(pending == 0 ? "" : DisplayFormats.plural(pending, "edit waiting", "edits waiting"));
        conflicts.set(conflictCount);
        conflictsText.set(conflictCount == 0 ? "" : DisplayFormats.plural(conflictCount, "conflict", "conflicts"));
    }

    /** Shows a status from the sync engine. Call on the FX thread. */
    public void accept(SyncStatus status) {
        show(status.running() ? status.phase().label() : null, status.table(), status.rowsDone(), status.rowsTotal(),
                status.lastSuccess(), status.offline(), status.errorSentence(), status.errorDetails(),
                status.pendingEdits(), status.conflicts());
    }

    public void syncNow() {
        if (syncEnabled && !syncing.get()) {
            actions.syncNow();
        }
    }

    public void openConflicts() {
        if (conflicts.get() > 0) {
            actions.openConflicts();
        }
    }

    public boolean syncEnabled() {
        return syncEnabled;
    }

    public ReadOnlyStringProperty lastSyncedProperty() {
        return lastSynced.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingEditsProperty() {
        return pendingEdits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conflictsTextProperty() {
        return conflictsText.getReadOnlyProperty();
    }
}
