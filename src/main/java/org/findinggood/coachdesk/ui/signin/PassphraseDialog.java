package org.findinggood.coachdesk.ui.signin;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the passphrase that protects Coach Desk's secrets file, used where the system has no
 * keyring. A new passphrase is asked for twice. The result is the passphrase, or null on cancel.
 */
public class PassphraseDialog extends Dialog<char[]> {

    public PassphraseDialog(Window owner, boolean newPassphrase, String whyNoKeyring, String previousError) {
        initOwner(owner);
        setTitle("Coach Desk passphrase");
        setHeaderText(newPassphrase ? "Choose a passphrase for Coach Desk" : "Enter your Coach Desk passphrase");
        Label why = new Label((newPassphrase
                ? "This computer has no system keyring, so Coach Desk keeps your sign-in and the key of your local "
                + "data in a file protected by a passphrase. Choose one you will remember; it is asked for once "
                + "each time Coach Desk starts."
                : "Coach Desk keeps your sign-in and the key of your local data in a file protected by your passphrase.")
                + (whyNoKeyring == null ? "" : " (" + whyNoKeyring + ")"));
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphraseField");
        passphrase.setPromptText("Passphrase");
        PasswordField repeat = new PasswordField();
        repeat.setId("passphraseRepeatField");
        repeat.setPromptText("The same passphrase again");
        Label error = new Label(previousError);
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setVisible(previousError != null);
        error.setManaged(previousError != null);
        VBox content = new VBox(8, why, passphrase);
        if (newPassphrase) {
            content.getChildren().add(repeat);
        }
        content.getChildren().add(error);
        content.setPrefWidth(420);
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(newPassphrase ? "Set passphrase" : "Unlock", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).setId("passphraseOkButton");
        getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> passphrase.getText().length() < (newPassphrase ? 8 : 1)
                        || (newPassphrase && !passphrase.getText().equals(repeat.getText())),
                passphrase.textProperty(), repeat.textProperty()));
        setResultConverter(button -> button == ok ? passphrase.getText().toCharArray() : null);
        setOnShown(e -> passphrase.requestFocus());
    }
}
