package org.findinggood.coachdesk.ui.roster;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows a new invite code with a button that copies it, so the coach can paste it into a message. */
class InviteCodeDialog extends Dialog<Void> {

    InviteCodeDialog(Window owner, String email, String code) {
        initOwner(owner);
        setTitle("Invite created");
        setHeaderText("Send this code to " + email);
        Label codeLabel = new Label(code);
        codeLabel.setId("inviteCodeLabel");
        codeLabel.getStyleClass().add("invite-code");
        Button copy = new Button("Copy code");
        copy.setId("copyInviteCodeButton");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        Label hint = new Label("They enter it in Finding Good to connect with you; the invitation shows as "
                + "\"Invited\" on your roster until then.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        HBox row = new HBox(12, codeLabel, copy);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(10, row, hint);
        content.setPrefWidth(380);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("inviteCodeCloseButton");
    }
}
