package org.findinggood.coachdesk.ui.roster;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the e-mail address of a client to invite. Returns the address, or nothing on cancel. */
class InviteDialog extends Dialog<String> {

    /** {@code draft} keeps what is typed when the dialog closes without an invite (and fills it next time). */
    InviteDialog(Window owner, StringProperty draft, String fate) {
        initOwner(owner);
        setTitle("Invite a client");
        setHeaderText("Invite a client to work with you");
        TextField email = new TextField();
        email.setId("inviteEmailField");
        email.setPromptText("client@example.com");
        email.setAccessibleText("Client e-mail");
        email.setText(draft.get());
        email.textProperty().addListener((obs, old, now) -> draft.set(now));
        Label hint = new Label("Coach Desk creates an invite code you can send them. " + fate);
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        // the disabled button says why it is disabled
        Label why = new Label();
        why.setId("inviteWhyDisabled");
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> whyNotYet(email.getText()), email.textProperty()));
        VBox content = new VBox(8, new Label("Client's e-mail"), email, why, hint);
        content.setPrefWidth(380);
        getDialogPane().setContent(content);
        ButtonType invite = new ButtonType("Create invite", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(invite, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(invite);
        ok.setId("inviteConfirmButton");
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !RosterViewModel.isEmailAddress(email.getText()), email.textProperty()));
        setResultConverter(button -> button == invite ? email.getText().trim() : null);
        setOnShown(e -> email.requestFocus());
    }

    /** Why the invite cannot be created yet, or empty when it can. */
    static String whyNotYet(String typed) {
        if (typed == null || typed.isBlank()) {
            return "Type the client's e-mail address to create the invite.";
        }
        return RosterViewModel.isEmailAddress(typed) ? ""
                : "That is not a whole e-mail address yet (like name@example.com).";
    }
}
