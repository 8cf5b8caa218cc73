package org.findinggood.coachdesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.store.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The roster's list on a real cache with more clients than fit: what the coach acts on stays in sight. */
@ExtendWith(ApplicationExtension.class)
class RosterViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private CacheDatabase db;
    private RosterViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        db = CacheDatabase.open(Files.createTempDirectory("roster-view").resolve("cache.db"), CacheKey.forDemo()).database();
        List<Client> clients = new ArrayList<>();
        List<CoachingRelationship> relationships = new ArrayList<>();
        UUID coach = UUID.randomUUID();
        for (int n = 1; n <= 30; n++) {
            String email = "client" + n + "@example.org";
            clients.add(new Client(UUID.randomUUID(), email, "Client " + n, null));
            relationships.add(new CoachingRelationship(UUID.randomUUID(), coach, email, RelationshipStatus.ACTIVE,
                    TODAY.atStartOfDay().atOffset(ZoneOffset.UTC), null, null,
                    TODAY.atStartOfDay().atOffset(ZoneOffset.UTC), TODAY.atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        new ClientRepository(db).upsertAll(clients);
        new RelationshipRepository(db).upsertAll(relationships);
        model = RosterOnStage.show(stage, db, background, TODAY, 600);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        db.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<RosterRow> list(FxRobot robot) {
        return robot.lookup("#rosterList").queryAs(ListView.class);
    }

    private boolean shown(FxRobot robot, String name) {
        return robot.lookup("#rosterList .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> cell.isVisible() && cell.getItem() instanceof RosterRow row
                        && row.displayName().equals(name)
                        && cell.localToScene(cell.getBoundsInLocal()).getMinY() >= list(robot).localToScene(
                                list(robot).getBoundsInLocal()).getMinY() - 1
                        && cell.localToScene(cell.getBoundsInLocal()).getMaxY() <= list(robot).localToScene(
                                list(robot).getBoundsInLocal()).getMaxY() + 1);
    }

    @Test
    void pausingAClientKeepsItInViewWhenItMovesToThePausedGroup(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 30);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems().subList(0, 3)).extracting(RosterRow::displayName)
                .containsExactly("Client 1", "Client 2", "Client 3");
        robot.clickOn(robot.lookup(".client-name").match((javafx.scene.control.Label l) -> l.getText().equals("Client 3"))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn("#pauseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().get(29).displayName().equals("Client 3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getSelectionModel().getSelectedItem().displayName()).isEqualTo("Client 3");
        assertThat(shown(robot, "Client 3")).as("the paused client, now last, is scrolled into view").isTrue();
    }

    /** Old code: Complete, red beside Pause, ended the relationship in one click with nothing offered after. */
    @Test
    void completeIsNotTheLoudButtonAndOffersUndoThatBringsTheClientBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 30);
        robot.interact(() -> list(robot).getSelectionModel().select(1));
        javafx.scene.control.Button complete = robot.lookup("#completeButton").queryButton();
        assertThat(complete.getStyleClass()).doesNotContain(atlantafx.base.theme.Styles.DANGER, atlantafx.base.theme.Styles.ACCENT);
        robot.clickOn(complete);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#undoBar").query().isVisible());
        assertThat(robot.lookup("#undoSentence").queryLabeled().getText()).contains("Client 2");
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> list(robot).getSelectionModel().getSelectedItem() != null
                        && list(robot).getSelectionModel().getSelectedItem().relationship().status() == RelationshipStatus.ACTIVE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getSelectionModel().getSelectedItem().displayName()).isEqualTo("Client 2");
        assertThat(robot.lookup("#undoBar").query().isVisible()).isFalse();
    }

    @Test
    void aReloadThatMovesNothingLeavesTheCoachsScrollAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 30);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".client-name").match((javafx.scene.control.Label l) -> l.getText().equals("Client 1"))
                .queryAs(javafx.scene.Node.class));
        robot.interact(() -> list(robot).scrollTo(27));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "Client 28")).isTrue();
        // a sync changes another client (paused elsewhere): the selection stays, the list does not jump
        RosterRow before = list(robot).getItems().get(0);
        UUID other = list(robot).getItems().get(19).relationship().id();
        RosterViewModelTest.editsOn(db).changeStatus(other, RelationshipStatus.PAUSED);
        robot.interact(model::reload);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().get(0) != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getSelectionModel().getSelectedItem().displayName()).isEqualTo("Client 1");
        assertThat(shown(robot, "Client 28")).isTrue();
        assertThat(shown(robot, "Client 1")).isFalse();
    }

    @Test
    void aSyncThatChangesTheSelectedLineKeepsItSelectedWithoutLettingGo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 30);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".client-name").match((javafx.scene.control.Label l) -> l.getText().equals("Client 2"))
                .queryAs(javafx.scene.Node.class));
        List<String> selections = new ArrayList<>();
        robot.interact(() -> model.selectedProperty().addListener((obs, old, now) ->
                selections.add(now == null ? "none" : now.displayName() + " " + now.lastCheckin())));
        new org.findinggood.coachdesk.store.DailyCheckinRepository(db).upsertAll(List.of(
                new org.findinggood.coachdesk.model.DailyCheckin(UUID.randomUUID(), "client2@example.org", null, TODAY,
                        null, java.time.OffsetDateTime.now())));
        robot.interact(model::reload);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TODAY.equals(list(robot).getItems().get(1).lastCheckin()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isSameAs(list(robot).getItems().get(1));
        assertThat(selections).as("the client area never sees the selection drop").containsExactly("Client 2 " + TODAY);
    }
}
