package org.findinggood.coachdesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The conflicts window on a real cache holding a real conflict, driven through its controls. */
@ExtendWith(ApplicationExtension.class)
class ConflictsViewTest {

    private ConflictFixture fixture;
    private ConflictsView view;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ConflictFixture(Files.createTempDirectory("conflicts-ui"));
        ConflictRepository conflicts = new ConflictRepository(fixture.db);
        ConflictsViewModel model = new ConflictsViewModel(new ConflictsViewModel.ConflictStore() {
            @Override
            public List<Conflict> list() {
                return conflicts.list();
            }

            @Override
            public void resolve(Conflict conflict, ConflictResolution resolution) {
                conflicts.resolve(conflict, resolution);
            }
        }, Tasks.onFxThread(Runnable::run), () -> { });
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        view = new ConflictsView(stage, model);
        view.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.close()).get(5, TimeUnit.SECONDS);
        fixture.close();
    }

    /** Both versions of a field are as tall as the longer needs (the server's was cut to three lines beside empty room). */
    @Test
    void bothSidesOfAFieldGetTheLinesTheLongerNeeds() {
        assertThat(ConflictsView.rowsFor("short", "x".repeat(24 * 5))).isEqualTo(5);
        assertThat(ConflictsView.rowsFor("one\ntwo\nthree", "")).isEqualTo(3);
        assertThat(ConflictsView.rowsFor(null, "")).isEqualTo(1);
        assertThat(ConflictsView.rowsFor("x".repeat(5_000))).as("a long note scrolls past ten lines").isEqualTo(10);
    }

    @Test
    void keepBothNotesFromTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#conflictList").<ListView<?>>query().getItems()).hasSize(1);
        assertThat(robot.lookup("#mine-coach_notes").queryAs(TextArea.class).getText()).isEqualTo(ConflictFixture.MY_NOTES);
        assertThat(robot.lookup("#theirs-coach_notes").queryAs(TextArea.class).getText())
                .isEqualTo(ConflictFixture.THEIR_NOTES);
        robot.clickOn("#keepBothNotesButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#conflictList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(fixture.notesNow()).contains(ConflictFixture.MY_NOTES).contains(ConflictFixture.THEIR_NOTES);
        assertThat(robot.lookup("#keepMineButton").query().isDisabled()).isTrue();
    }

    @Test
    void takeTheirsFromTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#takeTheirsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#conflictList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(fixture.notesNow()).isEqualTo(ConflictFixture.THEIR_NOTES);
    }
}
