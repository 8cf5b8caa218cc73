package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.sync.SyncStatusViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, first run, headless: the demo workspace opens from a real encrypted cache and the
 * tests drive the roster's real controls by their ids.
 */
@ExtendWith(ApplicationExtension.class)
class CoachDeskAppTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:30:00Z"), ZoneOffset.UTC);

    private CoachDeskApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("coach-desk-ui");
        app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()), CLOCK);
        app.init();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private ListView<RosterRow> roster(FxRobot robot) {
        return robot.lookup("#rosterList").queryAs(ListView.class);
    }

    private void waitUntil(Predicate<Void> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.test(null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<RosterRow> waitForRoster(FxRobot robot) throws Exception {
        waitUntil(v -> robot.lookup("#rosterList").tryQuery().isPresent() && !roster(robot).getItems().isEmpty());
        return roster(robot);
    }

    private RosterRow first(ListView<RosterRow> list, RelationshipStatus status) {
        return list.getItems().stream().filter(r -> r.relationship().status() == status).findFirst().orElseThrow();
    }

    private CoachingRelationship current(ListView<RosterRow> list, RosterRow row) {
        return list.getItems().stream().filter(r -> r.relationship().id().equals(row.relationship().id()))
                .findFirst().map(RosterRow::relationship).orElseThrow();
    }

    private void clickClient(FxRobot robot, ListView<RosterRow> list, RosterRow row) {
        robot.interact(() -> list.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        Node name = robot.lookup(".client-name").match((Label l) -> l.getText().equals(row.displayName())).query();
        robot.clickOn(name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstRunShowsTheDemoRosterMarkedAsDemo(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);
        assertThat(list.getItems()).hasSize(12);
        assertThat(stage.getTitle()).contains("Demo workspace");
        assertThat(robot.lookup("#demoBanner").queryAs(Label.class).getText())
                .isEqualTo("Demo workspace \u2014 changes stay on this computer");
        assertThat(robot.lookup("#lastSyncedLabel").queryAs(Label.class).getText())
                .isEqualTo(SyncStatusViewModel.DEMO_STATUS).isNotEqualTo(robot.lookup("#demoBanner").queryAs(Label.class).getText());
        assertThat(robot.lookup("#syncNowButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#noClientSelected").query().isVisible()).isTrue();
        // Each roster line carries the last check-in and open activities.
        assertThat(robot.lookup(".client-meta").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Checked in") && t.contains("open activit"));
    }

    @Test
    void selectingAClientOpensTheClientArea(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);
        RosterRow active = first(list, RelationshipStatus.ACTIVE);
        clickClient(robot, list, active);
        assertThat(robot.lookup("#clientName").queryAs(Label.class).getText()).isEqualTo(active.displayName());
        assertThat(robot.lookup("#clientEmail").queryAs(Label.class).getText()).isEqualTo(active.relationship().clientEmail());
        assertThat(robot.lookup("#clientStatus").queryAs(Label.class).getText()).isEqualTo("Active");
        waitUntil(v -> robot.lookup("#clientLatestWeek").queryAs(Label.class).getText().startsWith("Week "));
        TabPane tabs = robot.lookup("#clientTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Quick Prep", "Map", "Activities");
        // The tabs' own views are plugged in (not placeholders), each built when its tab is first opened.
        List<String> shown = new ArrayList<>();
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            shown.add(tab.getContent().getId());
        }
        assertThat(shown).containsExactly("quickPrep", "map", "activities");
    }

    @Test
    void filterAndSearch(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);
        String pausedLabel = robot.lookup("#filterPaused").queryAs(javafx.scene.control.ToggleButton.class).getText();
        robot.clickOn("#filterPaused");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isNotEmpty().allMatch(r -> r.relationship().status() == RelationshipStatus.PAUSED);
        assertThat(pausedLabel).isEqualTo("Paused " + list.getItems().size());
        robot.clickOn("#filterAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(12);

        RosterRow someone = first(list, RelationshipStatus.COMPLETED);
        String surname = someone.displayName().split(" ")[1];
        robot.clickOn("#rosterSearch").write(surname);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).contains(someone).hasSizeLessThan(12);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(12);
        robot.clickOn("#rosterSearch").write("zzz-nobody");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
        assertThat(robot.lookup("#rosterPlaceholder").queryAs(Label.class).getText()).isEqualTo("No clients match this filter.");
    }

    @Test
    void eachRelationshipTransitionFromTheRoster(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);

        RosterRow request = first(list, RelationshipStatus.PENDING_CLIENT_REQUEST);
        clickClient(robot, list, request);
        assertThat(robot.lookup("#pauseButton").query().isVisible()).isFalse();
        robot.clickOn("#acceptRequestButton");
        waitUntil(v -> current(list, request).status() == RelationshipStatus.ACTIVE);
        assertThat(current(list, request).startedAt()).isNotNull();

        robot.clickOn("#pauseButton");
        waitUntil(v -> current(list, request).status() == RelationshipStatus.PAUSED);
        robot.clickOn("#resumeButton");
        waitUntil(v -> current(list, request).status() == RelationshipStatus.ACTIVE);
        robot.clickOn("#completeButton");
        waitUntil(v -> current(list, request).status() == RelationshipStatus.COMPLETED);
        assertThat(current(list, request).endedAt()).isNotNull();
        assertThat(robot.lookup("#resumeButton").query().isVisible()).isFalse();

        RosterRow invite = first(list, RelationshipStatus.PENDING_COACH_INVITE);
        clickClient(robot, list, invite);
        robot.clickOn("#withdrawInviteButton");
        waitUntil(v -> current(list, invite).status() == RelationshipStatus.COMPLETED);
    }

    @Test
    void transitionsFromTheContextMenu(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);
        RosterRow paused = first(list, RelationshipStatus.PAUSED);
        clickClient(robot, list, paused);
        robot.rightClickOn(robot.lookup(".client-name").match((Label l) -> l.getText().equals(paused.displayName()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Resume");
        waitUntil(v -> current(list, paused).status() == RelationshipStatus.ACTIVE);
    }

    @Test
    void invitingAClientShowsACodeToCopy(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);
        robot.clickOn("#inviteButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inviteConfirmButton").query().isDisabled()).isTrue();
        robot.clickOn("#inviteEmailField").write("sam.rivera@example.com");
        robot.clickOn("#inviteConfirmButton");
        waitUntil(v -> robot.lookup("#inviteCodeLabel").tryQuery().isPresent());
        String code = robot.lookup("#inviteCodeLabel").queryAs(Label.class).getText();
        assertThat(code).isNotBlank();
        robot.clickOn("#copyInviteCodeButton");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(code);
        robot.clickOn("#inviteCodeCloseButton");
        waitUntil(v -> list.getItems().size() == 13);
        RosterRow invited = list.getItems().stream()
                .filter(r -> r.relationship().clientEmail().equals("sam.rivera@example.com")).findFirst().orElseThrow();
        assertThat(invited.relationship().status()).isEqualTo(RelationshipStatus.PENDING_COACH_INVITE);
        assertThat(invited.relationship().inviteCode()).isEqualTo(code);
    }

    @Test
    void keyboardShortcuts(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);
        robot.clickOn("#todaySummary"); // Today is shown at start: a neutral spot away from the roster
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(TextField.class)
                .extracting(Node::getId).isEqualTo("rosterSearch");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.isFocused()).isTrue();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#clientName").queryAs(Label.class).getText())
                .isEqualTo(list.getItems().get(1).displayName());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#clientTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("mapTab");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#clientTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("activitiesTab");
    }

    @Test
    void screenshotsOfTheRosterInLightAndDark(FxRobot robot) throws Exception {
        ListView<RosterRow> list = waitForRoster(robot);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        clickClient(robot, list, first(list, RelationshipStatus.ACTIVE));
        waitUntil(v -> robot.lookup("#clientLatestWeek").queryAs(Label.class).getText().startsWith("Week "));
        robot.interact(() -> app.shell().settings().themeProperty().set(ThemeChoice.LIGHT));
        capture(robot, "roster-light.png");
        robot.interact(() -> app.shell().settings().themeProperty().set(ThemeChoice.DARK));
        capture(robot, "roster-dark.png");
        robot.interact(() -> app.shell().settings().themeProperty().set(ThemeChoice.SYSTEM));
    }

    private void capture(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        File file = Path.of("docs", "screenshots", name).toFile();
        Files.createDirectories(file.toPath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        assertThat(file).exists();
        assertThat(image.getWidth()).isGreaterThan(1000);
    }
}
