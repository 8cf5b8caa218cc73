package org.findinggood.coachdesk.ui.lock;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The app lock's part of the Settings dialog: on or off, set/change/remove, idle minutes. */
public class LockSettingsSection extends VBox {

    public LockSettingsSection(Window owner, AppLockViewModel model) {
        super(6);
        setId("lockSettings");
        Label status = new Label();
        status.setId("lockStatusLabel");
        status.textProperty().bind(Bindings.when(model.enabledProperty())
                .then(Bindings.concat("On: locks after ", model.idleMinutesProperty(), " idle minutes, and on Ctrl+L"))
                .otherwise("Off: anyone at this computer sees your clients"));
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);

        Button choose = new Button();
        choose.setId("lockChooseButton");
        choose.textProperty().bind(Bindings.when(model.enabledProperty()).then("Change PIN\u2026")
                .otherwise("Set a PIN or passphrase\u2026"));
        choose.setOnAction(e -> new LockSecretDialog(owner, model.enabledProperty().get()
                ? LockSecretDialog.Purpose.CHANGE : LockSecretDialog.Purpose.SET, model).show());
        Button remove = new Button("Turn off\u2026");
        remove.setId("lockRemoveButton");
        remove.getStyleClass().add(Styles.FLAT);
        remove.visibleProperty().bind(model.enabledProperty());
        remove.managedProperty().bind(model.enabledProperty());
        remove.setOnAction(e -> new LockSecretDialog(owner, LockSecretDialog.Purpose.REMOVE, model).show());

        Spinner<Integer> idle = new Spinner<>(AppLockViewModel.MIN_IDLE_MINUTES, AppLockViewModel.MAX_IDLE_MINUTES,
                model.idleMinutesProperty().get());
        idle.setId("lockIdleSpinner");
        idle.setEditable(true);
        idle.setPrefWidth(90);
        idle.setAccessibleText("Lock after idle minutes");
        idle.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setIdleMinutes(now);
            }
        });
        Label idleLabel = new Label("idle minutes before it locks");
        idleLabel.setLabelFor(idle);
        HBox buttons = new HBox(8, choose, remove);
        HBox idleRow = new HBox(8, idle, idleLabel);
        idleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("lockSettingsMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.settingsMessageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(status, buttons, idleRow, message);
    }
}
