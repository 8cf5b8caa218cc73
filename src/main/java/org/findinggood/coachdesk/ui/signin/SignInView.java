package org.findinggood.coachdesk.ui.signin;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/** The sign-in screen: a centred card; builds and binds, the logic is in {@link SignInViewModel}. */
public class SignInView extends StackPane {

    private final TextField projectUrl = new TextField();

    public SignInView(SignInViewModel model, Runnable openDemo) {
        setId("signInView");
        getStyleClass().add("sign-in");

        Label title = new Label("Sign in to Coach Desk");
        title.getStyleClass().add("title");
        Label intro = new Label("Use your Finding Good project and the e-mail and password of your coach account.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        projectUrl.setId("projectUrlField");
        projectUrl.setPromptText("https://your-project.supabase.co");
        projectUrl.textProperty().bindBidirectional(model.projectUrlProperty());
        projectUrl.setAccessibleText("Project URL");

        TextField anonKey = new TextField();
        anonKey.setId("anonKeyField");
        anonKey.setPromptText("sb_publishable_\u2026 (or the legacy anon key)");
        anonKey.textProperty().bindBidirectional(model.anonKeyProperty());
        anonKey.setAccessibleText("Publishable key");

        TextField email = new TextField();
        email.setId("emailField");
        email.setPromptText("you@example.com");
        email.textProperty().bindBidirectional(model.emailProperty());
        email.setAccessibleText("E-mail");

        PasswordField password = new PasswordField();
        password.setId("passwordField");
        password.setPromptText("Password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setAccessibleText("Password");
        password.setOnAction(e -> model.signIn());

        Button signIn = new Button("Sign in");
        signIn.setId("signInButton");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setDefaultButton(true);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(model.canSignInProperty().not());
        signIn.setOnAction(e -> model.signIn());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("signInBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        ErrorLine error = new ErrorLine("signIn", model.errorProperty(), model.errorDetailsProperty());

        Hyperlink demo = new Hyperlink("Explore the demo workspace instead");
        demo.setId("openDemoLink");
        demo.setOnAction(e -> openDemo.run());
        demo.visibleProperty().bind(model.demoAvailableProperty());

        Button check = new Button("Check connection");
        check.setId("checkConnectionButton");
        check.setTooltip(new javafx.scene.control.Tooltip("Ask the project whether the URL, key, sign-in method, tables "
                + "and this computer's clock are right"));
        check.disableProperty().bind(model.canCheckProperty().not());
        check.setOnAction(e -> model.checkConnection());
        check.setVisible(model.offersConnectionCheck());
        check.setManaged(model.offersConnectionCheck());
        check.setMinWidth(Button.USE_PREF_SIZE);

        // read-only but selectable: the coach copies the lines for support
        TextArea report = new TextArea();
        report.setId("checkReport");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefRowCount(6); // five short lines without a scroll bar; a failure's sentence wraps
        report.getStyleClass().add("check-report");
        report.textProperty().bind(model.checkReportProperty());
        report.visibleProperty().bind(model.checkReportProperty().isNotNull());
        report.managedProperty().bind(report.visibleProperty());
        report.setAccessibleText("Connection check result");

        HBox actions = new HBox(8, signIn, check, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(signIn, javafx.scene.layout.Priority.ALWAYS);

        // the disabled button says why: which fields are still empty
        Label why = new Label();
        why.setId("signInWhyDisabled");
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        why.textProperty().bind(model.whySignInDisabledProperty());
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());

        VBox card = new VBox(title, intro, label("Project URL"), projectUrl, label("Publishable key"), anonKey,
                label("E-mail"), email, label("Password"), password, error, actions, why, report, demo);
        card.getStyleClass().add("sign-in-card");
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        // the password's card gives way to the code's while the sign-in waits for a 6-digit code
        model.codeStepProperty().addListener((obs, old, step) -> {
            getChildren().removeIf(node -> node instanceof CodeCard);
            card.setVisible(step == null);
            if (step != null) {
                CodeCard codeCard = new CodeCard(step);
                getChildren().add(codeCard);
                StackPane.setAlignment(codeCard, Pos.CENTER);
                codeCard.focusCode();
            }
        });
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** Puts the cursor in the first field (when the screen is shown). */
    public void focusFirstField() {
        projectUrl.requestFocus();
    }
}
