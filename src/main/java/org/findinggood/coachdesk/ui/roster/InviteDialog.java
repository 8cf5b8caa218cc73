package org.findinggood.coachdesk.ui.roster;

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

    InviteDialog(Window owner) {
        initOwner(owner);
        setTitle("Invite a client");
        setHeaderText("Invite a client to work with you");
        TextField email = new TextField();
        email.setId("inviteEmailField");
        email.setPromptText("client@example.com");
        email.setAccessibleText("Client e-mail");
        Label hint = new Label("Coach Desk creates an invite code you can send them. "
                + "It is saved on this computer and sent to Finding Good at the next sync.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox content = new VBox(8, new Label("Client's e-mail"), email, hint);
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
}
