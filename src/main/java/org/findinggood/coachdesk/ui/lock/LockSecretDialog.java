package org.findinggood.coachdesk.ui.lock;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.findinggood.coachdesk.ui.common.FormGrid;

/**
 * Asks for the lock's secrets: to set it (new twice), change it (current, then new twice) or remove
 * it (current only). The typed text goes to the view model as char arrays and the fields are cleared.
 */
final class LockSecretDialog extends Dialog<ButtonType> {

    enum Purpose { SET, CHANGE, REMOVE }

    private final PasswordField current = field("lockCurrentField", "Current PIN or passphrase");
    private final PasswordField secret = field("lockNewField", "New PIN or passphrase");
    private final PasswordField repeat = field("lockRepeatField", "New PIN or passphrase again");

    LockSecretDialog(Window owner, Purpose purpose, AppLockViewModel model) {
        initOwner(owner);
        setTitle("App lock");
        setHeaderText(switch (purpose) {
            case SET -> "Choose a PIN or passphrase for the app lock";
            case CHANGE -> "Change the app lock's PIN or passphrase";
            case REMOVE -> "Turn the app lock off";
        });
        getDialogPane().setId("lockSecretDialog");
        GridPane grid = FormGrid.create();
        int row = 0;
        if (purpose != Purpose.SET) {
            grid.addRow(row++, label("Current", current), current);
        }
        if (purpose != Purpose.REMOVE) {
            grid.addRow(row++, label("New", secret), secret);
            grid.addRow(row++, label("Again", repeat), repeat);
            Label note = new Label("At least " + AppLockViewModel.MIN_SECRET_LENGTH + " characters. Only a slow salted "
                    + "hash is stored, never the PIN itself; if you forget it, sign out and forget this device.");
            note.setWrapText(true);
            note.setPrefWidth(360);
            note.setMinHeight(Region.USE_PREF_SIZE);
            note.getStyleClass().add("muted");
            grid.add(note, 1, row);
        }
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(purpose == Purpose.REMOVE ? "Turn off" : "Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).setId("lockSecretOkButton");
        setOnShown(e -> (purpose == Purpose.SET ? secret : current).requestFocus());
        setResultConverter(button -> {
            if (button == ok) {
                if (purpose == Purpose.REMOVE) {
                    model.removeLock(take(current));
                } else {
                    model.chooseSecret(take(current), take(secret), take(repeat));
                }
            }
            take(current);
            take(secret);
            take(repeat);
            return button;
        });
    }

    private static char[] take(PasswordField field) {
        char[] text = field.getText().toCharArray();
        field.clear();
        return text;
    }

    private static PasswordField field(String id, String accessibleName) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessibleName);
        return field;
    }

    private static Label label(String text, PasswordField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
