package org.findinggood.coachdesk.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks before forgetting this device, with the count of what would be lost. Cancel is the default
 * button, so Enter never deletes anything.
 */
public class ForgetDeviceDialog extends Alert {

    public static final ButtonType FORGET = new ButtonType("Sign out and forget", ButtonBar.ButtonData.OK_DONE);

    public ForgetDeviceDialog(Window owner, ForgetDeviceViewModel model) {
        super(AlertType.WARNING, "", FORGET, ButtonType.CANCEL);
        initOwner(owner);
        setTitle("Forget this device");
        setHeaderText("Sign out and forget this device?");
        getDialogPane().setId("forgetDeviceDialog");

        Label explanation = new Label(ForgetDeviceViewModel.EXPLANATION);
        explanation.setWrapText(true);
        Label warning = new Label();
        warning.setId("forgetDeviceWarning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.warningProperty());
        warning.getStyleClass().add(Styles.TEXT_BOLD);
        model.countedProperty().addListener((obs, was, now) -> {
            warning.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            warning.getStyleClass().add(model.losesNothing() ? Styles.SUCCESS : Styles.DANGER);
        });
        for (Label label : new Label[] {explanation, warning}) {
            // an Alert sizes its content once; without these, wrapped text is cut off with "..."
            label.setPrefWidth(440);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, explanation, warning);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(content);

        Button forget = (Button) getDialogPane().lookupButton(FORGET);
        forget.setId("forgetDeviceConfirm");
        forget.getStyleClass().add(Styles.DANGER);
        forget.setDefaultButton(false);
        // not before the count is known: the coach confirms knowing what is lost
        forget.disableProperty().bind(model.countedProperty().not());
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("forgetDeviceCancel");
        cancel.setDefaultButton(true);
        setOnHidden(e -> {
            if (getResult() == FORGET) {
                model.confirm();
            }
        });
    }

    /** Counts the unsent work and shows the dialog (not modal-blocking: returns at once). */
    public static ForgetDeviceDialog ask(Window owner, ForgetDeviceViewModel model) {
        ForgetDeviceDialog dialog = new ForgetDeviceDialog(owner, model);
        model.count();
        dialog.show();
        return dialog;
    }
}
