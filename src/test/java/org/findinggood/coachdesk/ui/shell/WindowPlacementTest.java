package org.findinggood.coachdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.findinggood.coachdesk.ui.settings.WindowBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where the main window opens, on the real (headless, 1920x1200) screen. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    private Stage stage;
    private SplitPane split;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        split = new SplitPane(new Label("roster"), new Label("client"));
        stage.setScene(new Scene(split, 400, 300));
    }

    @Test
    void aLaptopScreenIsFilledAndALargeOneGetsARoomyWindowNeverLargerThanTheScreen() {
        assertThat(WindowPlacement.firstSize(1280, 690)).containsExactly(1280, 690);
        assertThat(WindowPlacement.firstSize(1366, 738)).containsExactly(1366, 738);
        assertThat(WindowPlacement.firstSize(1920, 1050)).containsExactly(1440, 900);
    }

    /** Old code: the laptop's fitted size replaced the size saved on the large monitor. */
    @Test
    void aSizeSavedOnALargerScreenIsKeptUntilTheCoachResizesTheWindowHere(FxRobot robot) {
        WindowBounds onLargeMonitor = new WindowBounds(100, 80, 2400, 1300, false, 0.25);
        ObjectProperty<WindowBounds> saved = new SimpleObjectProperty<>(onLargeMonitor);
        robot.interact(() -> {
            WindowPlacement.place(stage, split, saved);
            stage.show();
            stage.setX(stage.getX() + 10); // the window manager settling it
        });
        WaitForAsyncUtils.waitForFxEvents();
        double screenWidth = Screen.getPrimary().getVisualBounds().getWidth();
        assertThat(stage.getWidth()).isEqualTo(Math.min(screenWidth, WindowPlacement.ROOMY_WIDTH));
        assertThat(saved.get()).isEqualTo(onLargeMonitor);

        robot.interact(() -> stage.setWidth(1200)); // the coach resizes it here: that is the new size
        assertThat(saved.get().width()).isEqualTo(1200);
    }

    @Test
    void aSizeThatFitsIsRestoredAndFollowed(FxRobot robot) {
        ObjectProperty<WindowBounds> saved = new SimpleObjectProperty<>(new WindowBounds(40, 40, 1300, 800, false, 0.3));
        robot.interact(() -> {
            WindowPlacement.place(stage, split, saved);
            stage.show();
        });
        assertThat(stage.getWidth()).isEqualTo(1300);
        robot.interact(() -> stage.setHeight(760));
        assertThat(saved.get().height()).isEqualTo(760);
    }
}
