package org.findinggood.coachdesk.ui.signin;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/** The sign-in's code step as a card: builds and binds, the logic is in {@link CodeStepViewModel}. */
final class CodeCard extends VBox {

    private final TextField code = new TextField();

    CodeCard(CodeStepViewModel model) {
        setId("codeCard");
        getStyleClass().add("sign-in-card");
        setMaxHeight(VBox.USE_PREF_SIZE);

        Label title = new Label("Two-factor sign-in");
        title.getStyleClass().add("title");
        Label intro = new Label(model.intro());
        intro.setId("codeIntro");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        ChoiceBox<String> factor = new ChoiceBox<>();
        factor.setId("codeFactorChoice");
        factor.getItems().setAll(model.factors());
        factor.getSelectionModel().select(model.factorProperty().get());
        factor.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now != null && now.intValue() >= 0) {
                model.factorProperty().set(now.intValue());
            }
        });
        factor.setAccessibleText("Authenticator");
        factor.setVisible(model.offersChoice());
        factor.setManaged(model.offersChoice());

        code.setId("codeField");
        code.setPromptText("123456");
        code.setPrefColumnCount(8);
        code.setMaxWidth(160);
        code.getStyleClass().add("code-field");
        // digits and a space, at most "123 456"
        code.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("[0-9 ]{0,7}") ? change : null));
        code.textProperty().bindBidirectional(model.codeProperty());
        code.setAccessibleText("6-digit code");
        code.setAccessibleHelp("Type the code your authenticator app shows; Enter signs in.");
        code.disableProperty().bind(model.busyProperty());
        code.setOnAction(e -> model.submit());

        Button submit = new Button("Sign in");
        submit.setId("codeSubmitButton");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.canSubmitProperty().not());
        submit.setOnAction(e -> model.submit());

        Label reason = new Label();
        reason.setId("codeDisabledReason");
        reason.getStyleClass().add(Styles.TEXT_MUTED);
        reason.setWrapText(true);
        reason.textProperty().bind(model.disabledReasonProperty());
        reason.visibleProperty().bind(model.disabledReasonProperty().isNotNull());
        reason.managedProperty().bind(reason.visibleProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("codeBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        ErrorLine error = new ErrorLine("code", model.errorProperty(), model.errorDetailsProperty());

        Hyperlink back = new Hyperlink("Use another account");
        back.setId("codeBackLink");
        back.setOnAction(e -> model.cancel());

        HBox actions = new HBox(8, submit, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(submit, Priority.NEVER);

        Label codeLabel = new Label("Code");
        codeLabel.getStyleClass().add(Styles.TEXT_BOLD);
        codeLabel.setLabelFor(code);
        getChildren().addAll(title, intro, factor, codeLabel, code, reason, error, actions, back);
    }

    void focusCode() {
        Platform.runLater(code::requestFocus);
    }
}
