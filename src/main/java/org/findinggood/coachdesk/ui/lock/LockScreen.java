package org.findinggood.coachdesk.ui.lock;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What a locked window shows, and nothing else: no client, no coach's workspace, only a field for
 * the PIN or passphrase, the lock's sentence and "forget this device". Enter unlocks; the field
 * has an accessible name and the sentence is its help text, so a screen reader reads both.
 */
public class LockScreen extends VBox {

    static final String TITLE = "Coach Desk is locked";
    private final PasswordField secret = new PasswordField();

    public LockScreen(AppLockViewModel model) {
        setId("lockScreen");
        getStyleClass().add("lock-screen");
        setAlignment(Pos.CENTER);
        setSpacing(12);

        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.TITLE_3);
        title.setAccessibleRole(AccessibleRole.TEXT);
        Label hint = new Label("Type your PIN or passphrase to unlock.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setLabelFor(secret);

        secret.setId("lockSecretField");
        secret.setPromptText("PIN or passphrase");
        secret.setAccessibleText("PIN or passphrase");
        secret.setMaxWidth(280);
        secret.disableProperty().bind(model.checkingProperty());
        secret.setOnAction(e -> unlock(model));

        Button unlock = new Button("Unlock");
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.disableProperty().bind(model.checkingProperty());
        unlock.setOnAction(e -> unlock(model));

        Label message = new Label();
        message.setId("lockMessage");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        secret.accessibleHelpProperty().bind(model.messageProperty());

        getChildren().addAll(title, hint, secret, unlock, message);
        if (model.canForgetDevice()) {
            Hyperlink forget = new Hyperlink("Forgot it? Sign out and forget this device\u2026");
            forget.setId("lockForgetDeviceLink");
            forget.setOnAction(e -> model.forgetDevice());
            getChildren().add(forget);
        }
    }

    private void unlock(AppLockViewModel model) {
        char[] typed = secret.getText().toCharArray();
        secret.clear();
        model.unlock(typed);
    }

    /** Puts the cursor in the field (after the lock screen is shown). */
    public void focusField() {
        secret.requestFocus();
    }
}
