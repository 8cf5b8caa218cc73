package org.findinggood.coachdesk.ui.sync;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/** The status bar at the bottom of the main window; binds to a {@link SyncStatusViewModel}. */
public class SyncStatusBar extends HBox {

    public SyncStatusBar(SyncStatusViewModel model) {
        setId("syncStatusBar");
        getStyleClass().add("sync-status-bar");

        Label lastSynced = new Label();
        lastSynced.setId("lastSyncedLabel");
        lastSynced.textProperty().bind(model.lastSyncedProperty());

        Label offline = new Label("Offline \u2014 edits are kept and sent when you reconnect");
        offline.setId("offlineIndicator");
        offline.getStyleClass().add("offline-indicator");
        show(offline, model.offlineProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("syncProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        show(progress, model.syncingProperty());
        Label progressText = new Label();
        progressText.setId("syncProgressText");
        progressText.textProperty().bind(model.progressTextProperty());
        show(progressText, model.syncingProperty());

        ErrorLine error = new ErrorLine("sync", model.errorProperty(), model.errorDetailsProperty());
        error.sentence().getStyleClass().add("sync-error");

        Label pending = new Label();
        pending.setId("pendingEditsLabel");
        pending.textProperty().bind(model.pendingTextProperty());
        show(pending, Bindings.greaterThan(model.pendingEditsProperty(), 0));

        Hyperlink conflicts = new Hyperlink();
        conflicts.setId("conflictsLink");
        conflicts.getStyleClass().add("conflicts-link");
        conflicts.textProperty().bind(model.conflictsTextProperty());
        conflicts.setOnAction(e -> model.openConflicts());
        conflicts.setTooltip(new Tooltip("Edits that changed on the server too: choose which version to keep"));
        show(conflicts, Bindings.greaterThan(model.conflictsProperty(), 0));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button syncNow = new Button("Sync now");
        syncNow.setId("syncNowButton");
        syncNow.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        syncNow.setTooltip(new Tooltip("Sync with the server (Ctrl+R or F5)"));
        syncNow.setOnAction(e -> model.syncNow());
        syncNow.setVisible(model.syncEnabled());
        syncNow.setManaged(model.syncEnabled());
        syncNow.disableProperty().bind(model.syncingProperty());

        // A long sentence (rows kept aside, an error) wraps; the labels and the button beside it keep their whole text.
        for (javafx.scene.control.Control whole : List.of(lastSynced, pending, conflicts, syncNow)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(lastSynced, offline, progress, progressText, error, spacer, pending, conflicts, syncNow);
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }
}
