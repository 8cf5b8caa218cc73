package org.findinggood.coachdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    private final Settings settings = new Settings();
    private SettingsView dialog;

    @Start
    void start(Stage stage) {
        // the app's theme: its fonts and paddings are what left the label short
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        // a long data folder, as under a home folder with a long name: the field asks for the room
        dialog = new SettingsView(stage, new SettingsViewModel(settings,
                Path.of("/home/a-coach-with-a-long-name/.local/share/coach-desk/workspaces"), () -> { }));
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(dialog::close);
    }

    @Test
    void everyLabelKeepsItsWholeTextAndTheIntervalApplies(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label interval = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> "Sync every (minutes)".equals(l.getText())).findFirst().orElseThrow();
        assertThat(interval.getWidth()).as("not cut to 'Sync every (mi...'").isGreaterThanOrEqualTo(interval.prefWidth(-1) - 0.5);

        Spinner<?> spinner = robot.lookup("#syncIntervalSpinner").queryAs(Spinner.class);
        robot.interact(() -> spinner.increment(3));
        assertThat(settings.syncIntervalMinutesProperty().get()).isEqualTo(Settings.DEFAULT_SYNC_MINUTES + 3);
    }
}
