package org.findinggood.coachdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.findinggood.coachdesk.app.CoachDeskApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppStartsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new CoachDeskApp().start(stage);
    }

    @Test
    void opensWindowWithTitleAndRoster(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Coach Desk");
        assertThat(robot.lookup("#roster").queryAs(ListView.class)).isNotNull();
    }
}
