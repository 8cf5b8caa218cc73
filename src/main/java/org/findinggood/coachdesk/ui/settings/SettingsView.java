package org.findinggood.coachdesk.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.findinggood.coachdesk.ui.common.FormGrid;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.lock.LockSettingsSection;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorSettingsSection;

/** The settings dialog; changes apply (and are saved) at once. */
public class SettingsView extends Dialog<Void> {

    public SettingsView(Window owner, SettingsViewModel model) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Settings");

        ComboBox<ThemeChoice> theme = new ComboBox<>();
        theme.setId("themeChoice");
        theme.getItems().setAll(model.themes());
        theme.valueProperty().bindBidirectional(model.themeProperty());

        Spinner<Integer> interval = new Spinner<>(SettingsViewModel.MIN_SYNC_MINUTES, SettingsViewModel.MAX_SYNC_MINUTES,
                model.syncIntervalMinutesProperty().get());
        interval.setId("syncIntervalSpinner");
        interval.setEditable(true);
        // the demo sends nothing anywhere: the interval is shown disabled, with the reason beside it
        interval.setDisable(!model.syncIntervalOffered());
        interval.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setSyncIntervalMinutes(now);
            }
        });

        ComboBox<StartView> start = new ComboBox<>();
        start.setId("startViewChoice");
        start.getItems().setAll(model.startViews());
        start.valueProperty().bindBidirectional(model.startViewProperty());

        TextField folder = new TextField(model.dataFolder());
        folder.setId("dataFolderField");
        folder.setEditable(false);
        folder.setPrefColumnCount(32);

        // the labels keep their whole text ("Sync every (mi..." in a dialog sized to the folder's field)
        GridPane grid = FormGrid.create();
        grid.addRow(0, new Label("Theme"), theme);
        if (model.syncIntervalOffered()) {
            grid.addRow(1, new Label("Sync every (minutes)"), interval);
        } else {
            Label why = new Label(model.syncIntervalNote());
            why.setId("syncIntervalNote");
            why.setWrapText(true);
            grid.addRow(1, new Label("Sync every (minutes)"), new javafx.scene.layout.VBox(4, interval, why));
        }
        grid.addRow(2, new Label("At start show"), start);
        grid.addRow(3, new Label("Data folder"), folder);
        if (model.lock() != null) {
            Label lockLabel = new Label("App lock");
            GridPane.setValignment(lockLabel, javafx.geometry.VPos.TOP);
            grid.add(lockLabel, 0, 6);
            grid.add(new LockSettingsSection(owner, model.lock()), 1, 6);
        }
        if (model.twoFactor() != null) {
            Label twoFactorLabel = new Label("Two-factor sign-in");
            GridPane.setValignment(twoFactorLabel, javafx.geometry.VPos.TOP);
            grid.add(twoFactorLabel, 0, 7);
            grid.add(new TwoFactorSettingsSection(model.twoFactor()), 1, 7);
        }
        if (model.canSignOut()) {
            Button signOut = new Button("Sign out");
            signOut.setId("settingsSignOutButton");
            signOut.getStyleClass().add(Styles.DANGER);
            signOut.setOnAction(e -> {
                close();
                model.signOut();
            });
            grid.addRow(4, new Label("Account"), signOut);
        }
        if (model.canForgetDevice()) {
            Button forget = new Button("Sign out and forget this device\u2026");
            forget.setId("settingsForgetDeviceButton");
            forget.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
            forget.setOnAction(e -> {
                close();
                ForgetDeviceDialog.ask(owner, model.forgetDevice());
            });
            Label note = new Label("Deletes this computer's copy of your clients and their notes.");
            note.getStyleClass().add(Styles.TEXT_MUTED);
            note.setWrapText(true);
            grid.add(new javafx.scene.layout.VBox(4, forget, note), 1, 5);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("settingsCloseButton");
    }
}
