package org.findinggood.coachdesk.ui.twofactor;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/**
 * Settings' "Two-factor sign-in" section: builds and binds, the logic is in {@link TwoFactorSettingsViewModel}.
 * Reads the account's authenticators when built.
 */
public final class TwoFactorSettingsSection extends VBox {

    public TwoFactorSettingsSection(TwoFactorSettingsViewModel model) {
        super(6);
        setId("twoFactorSection");

        Label status = new Label();
        status.setId("twoFactorStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        ListView<TwoFactorService.Authenticator> list = new ListView<>(model.authenticators());
        list.setId("twoFactorList");
        list.setPrefHeight(84);
        list.setFocusTraversable(true);
        list.setAccessibleText("Authenticator apps");
        list.setCellFactory(view -> new AuthenticatorCell(model));
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.authenticators()));
        list.managedProperty().bind(list.visibleProperty());

        TextField name = new TextField();
        name.setId("twoFactorNameField");
        name.setPrefColumnCount(16);
        name.setAccessibleText("Name of the new authenticator");
        name.textProperty().bindBidirectional(model.nameProperty());
        Button add = new Button("Add authenticator app\u2026");
        add.setId("twoFactorAddButton");
        add.disableProperty().bind(model.canStartProperty().not());
        add.setOnAction(e -> model.start());
        HBox start = new HBox(6, name, add);
        start.setAlignment(Pos.CENTER_LEFT);
        start.visibleProperty().bind(model.enrolmentProperty().isNull());
        start.managedProperty().bind(start.visibleProperty());

        VBox enrolment = enrolmentPane(model);

        ErrorLine error = new ErrorLine("twoFactor", model.errorProperty(), model.errorDetailsProperty());
        getChildren().addAll(status, list, start, enrolment, error);
        model.load();
    }

    private static VBox enrolmentPane(TwoFactorSettingsViewModel model) {
        Label step = new Label("Scan this code with your authenticator app, or type the key; then type the 6-digit "
                + "code the app shows.");
        step.setWrapText(true);
        ImageView qr = new ImageView();
        qr.setId("twoFactorQrCode");
        qr.setAccessibleText("QR code for your authenticator app");
        TextField secret = new TextField();
        secret.setId("twoFactorSecretField");
        secret.setEditable(false); // selectable and copyable, not editable
        secret.setAccessibleText("Key to type in your authenticator app");
        secret.setStyle("-fx-font-family: monospace;");

        TextField code = new TextField();
        code.setId("twoFactorCodeField");
        code.setPromptText("123456");
        code.setPrefColumnCount(8);
        code.setMaxWidth(140);
        code.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("[0-9 ]{0,7}") ? change : null));
        code.textProperty().bindBidirectional(model.codeProperty());
        code.setAccessibleText("6-digit code");
        code.setOnAction(e -> model.confirm());
        Button confirm = new Button("Turn on");
        confirm.setId("twoFactorConfirmButton");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        confirm.setOnAction(e -> model.confirm());
        Button cancel = new Button("Cancel");
        cancel.setId("twoFactorCancelButton");
        cancel.setOnAction(e -> model.cancelEnrolment());
        HBox actions = new HBox(6, code, confirm, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label reason = new Label();
        reason.setId("twoFactorConfirmReason");
        reason.getStyleClass().add(Styles.TEXT_MUTED);
        reason.setWrapText(true);
        reason.textProperty().bind(model.confirmDisabledReasonProperty());
        reason.visibleProperty().bind(model.confirmDisabledReasonProperty().isNotNull());
        reason.managedProperty().bind(reason.visibleProperty());

        VBox pane = new VBox(6, step, qr, new Label("Key"), secret, actions, reason);
        pane.setId("twoFactorEnrolment");
        pane.visibleProperty().bind(model.enrolmentProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        model.enrolmentProperty().addListener((obs, old, now) -> {
            qr.setImage(now == null ? null : QrCodeImage.of(now.uri(), 4));
            secret.setText(now == null ? "" : now.secret());
            if (now != null) {
                code.requestFocus();
            }
        });
        return pane;
    }

    /** One authenticator: its name, whether it is on, and Remove. */
    private static final class AuthenticatorCell extends ListCell<TwoFactorService.Authenticator> {
        private final TwoFactorSettingsViewModel model;

        AuthenticatorCell(TwoFactorSettingsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(TwoFactorService.Authenticator item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(item.name() + (item.verified() ? "" : " (not finished)"));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = new Button("Remove");
            remove.setId("twoFactorRemove-" + item.id());
            remove.getStyleClass().addAll(Styles.DANGER, Styles.FLAT, Styles.SMALL);
            remove.setAccessibleText("Remove " + item.name());
            remove.disableProperty().bind(model.busyProperty());
            remove.setOnAction(e -> model.remove(item));
            HBox row = new HBox(6, label, gap, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
