package org.findinggood.coachdesk.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root and shows the main window. */
public class CoachDeskApp extends Application {

    private static LaunchOptions launchOptions = new LaunchOptions();

    static void launchApp(LaunchOptions options, String[] args) {
        launchOptions = options;
        launch(CoachDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ListView<String> roster = new ListView<>();
        roster.setId("roster");
        roster.setPlaceholder(new Label("No clients yet"));
        BorderPane root = new BorderPane(roster);
        stage.setTitle("Coach Desk");
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
        if (launchOptions.smokeTest()) {
            Platform.runLater(Platform::exit);
        }
    }
}
