package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.testsupport.fx.SceneTexts;
import org.findinggood.coachdesk.ui.activities.ActivityRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The demo never syncs, so a row edited there must not say it waits for a sync: the Activities sync column,
 * its detail and its count, and the roster's mark on a paused client, say the change is kept on this computer.
 */
@ExtendWith(ApplicationExtension.class)
class DemoSyncWordsDeskTest {

    private static final List<String> SYNC_PROMISES = List.of("Waiting to sync", "Not synced yet", "next sync",
            "waiting to sync");

    private final DemoDesk desk;
    private Stage stage;

    DemoSyncWordsDeskTest() throws Exception {
        desk = new DemoDesk("coach-desk-demo-words");
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk.start(stage, CoachDeskAppTest.CLOCK);
    }

    @AfterEach
    void stop() throws Exception {
        desk.stop();
    }

    @SuppressWarnings("unchecked")
    private static ListView<RosterRow> roster(FxRobot robot) {
        return robot.lookup("#rosterList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ActivityRow> activities(FxRobot robot) {
        return robot.lookup("#activityTable").queryAs(TableView.class);
    }

    @Test
    void anActivityEditedInTheDemoSaysItIsKeptHereNotThatItWaitsForASync(FxRobot robot) throws Exception {
        DemoDesk.waitUntil(() -> robot.lookup("#rosterList").tryQuery().isPresent() && !roster(robot).getItems().isEmpty());
        RosterRow client = roster(robot).getItems().stream()
                .filter(row -> row.relationship().status() == RelationshipStatus.ACTIVE).findFirst().orElseThrow();
        robot.interact(() -> roster(robot).getSelectionModel().select(client));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        DemoDesk.waitUntil(() -> robot.lookup("#activityTable").tryQuery().isPresent() && !activities(robot).getItems().isEmpty()
                && activities(robot).getItems().get(0).activity().clientEmail().equals(client.relationship().clientEmail()));
        ActivityRow first = activities(robot).getItems().get(0);
        robot.interact(() -> activities(robot).getSelectionModel().select(first));
        DemoDesk.waitUntil(() -> robot.lookup("#activityNotes").tryQuery().isPresent());
        TextArea notes = robot.lookup("#activityNotes").queryAs(TextArea.class);
        robot.interact(() -> notes.appendText(" Ask about the offsite."));
        // the notes save after the typing pause
        DemoDesk.waitUntil(() -> activities(robot).getItems().stream()
                .anyMatch(row -> row.id().equals(first.id()) && row.syncState() == RowSyncState.PENDING));

        DemoDesk.waitUntil(() -> robot.lookup("#activitySyncState").queryAs(Label.class).getText().startsWith("Changed here"));
        assertThat(robot.lookup("#activitySyncState").queryAs(Label.class).getText())
                .isEqualTo("Changed here: kept on this computer; the demo is never synced");
        assertThat(robot.lookup("#activityTable .table-cell").queryAll()).anyMatch(cell -> cell instanceof javafx.scene.control.Labeled
                label && "Changed here".equals(label.getText()));
        // a relationship edit marks the client's roster line
        robot.clickOn("#pauseButton");
        DemoDesk.waitUntil(() -> robot.lookup("#rosterList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof RosterRow r && r.relationship().id().equals(client.relationship().id()))
                .map(cell -> (Label) cell.lookup(".roster-sync-mark"))
                .anyMatch(mark -> mark.isVisible() && "Changed here".equals(mark.getText())));

        List<String> texts = SceneTexts.read(stage.getScene().getRoot());
        assertThat(texts).noneMatch(text -> SYNC_PROMISES.stream().anyMatch(text::contains));
        assertThat(texts).anyMatch(text -> text.endsWith("1 changed here"));
    }
}
