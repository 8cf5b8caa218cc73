package org.findinggood.coachdesk.app;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** What the app's one window shows between workspaces (waiting, a fatal error) and its one-sentence notices. */
final class ShellScreens {

    private final Stage stage;
    private final Scene scene;

    ShellScreens(Stage stage, Scene scene) {
        this.stage = stage;
        this.scene = scene;
    }

    /** A spinner and what is being waited for. */
    void loading(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        VBox box = new VBox(12, spinner, new Label(text));
        box.setId("loadingScreen");
        box.getStyleClass().add("empty-state");
        scene.setRoot(box);
    }

    /** The window's content when nothing else can be shown: the sentence, and the error to copy. */
    void fatal(String sentence, Throwable error) {
        Label message = new Label(sentence);
        message.setWrapText(true);
        message.setId("fatalError");
        Label details = new Label(String.valueOf(error));
        details.getStyleClass().add("muted");
        details.setWrapText(true);
        VBox box = new VBox(10, message, details);
        box.getStyleClass().add("empty-state");
        scene.setRoot(box);
    }

    void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }
}
