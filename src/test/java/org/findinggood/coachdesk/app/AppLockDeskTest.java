package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.testsupport.fx.SceneTexts;
import org.findinggood.coachdesk.testsupport.time.MovableClock;
import org.findinggood.coachdesk.ui.lock.WindowLock;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app lock in the real app (demo workspace, real encrypted cache, real settings and lock files):
 * a PIN set through Settings is nowhere on disk, the lock screen holds no client's name, the keyboard
 * alone unlocks, idle time (a clock the test moves) locks, and the next start opens locked.
 */
@ExtendWith(ApplicationExtension.class)
class AppLockDeskTest {

    private static final String PIN = SecretsLog.coachNote("7305-lock-pin-never-on-disk");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T15:30:00Z"));
    private DemoDesk desk;
    private Path home;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk = new DemoDesk("coach-desk-lock");
        home = desk.home;
        desk.start(stage, clock);
    }

    @AfterEach
    void stop() throws Exception {
        desk.stop();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        DemoDesk.waitUntil(condition);
    }

    @SuppressWarnings("unchecked")
    private List<String> clientNamesAndEmails(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#rosterList").tryQuery().isPresent()
                && !robot.lookup("#rosterList").queryAs(ListView.class).getItems().isEmpty());
        List<String> names = new ArrayList<>();
        for (Object item : robot.lookup("#rosterList").queryAs(ListView.class).getItems()) {
            RosterRow row = (RosterRow) item;
            names.add(row.displayName());
            names.add(row.relationship().clientEmail());
        }
        return names;
    }

    private void setPinInSettings(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#lockChooseButton").tryQuery().isPresent());
        assertThat(robot.lookup("#lockStatusLabel").queryAs(Label.class).getText()).startsWith("Off");
        robot.clickOn("#lockChooseButton");
        waitUntil(() -> robot.lookup("#lockNewField").tryQuery().isPresent());
        robot.clickOn("#lockNewField").write(PIN);
        robot.clickOn("#lockRepeatField").write(PIN);
        robot.clickOn("#lockSecretOkButton");
        waitUntil(() -> robot.lookup("#lockStatusLabel").queryAs(Label.class).getText().startsWith("On"));
        Node settings = robot.lookup("#lockSettings").query().getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(settings, "settings-app-lock.png")).get(10, TimeUnit.SECONDS);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private void typeAndEnter(FxRobot robot, String text) {
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aPinSetInSettingsIsNowhereOnDiskAndLockingHidesEveryClient(FxRobot robot) throws Exception {
        List<String> clients = clientNamesAndEmails(robot);
        setPinInSettings(robot);

        // no secret at rest: every file under the config and data folders, as UTF-8 and UTF-16
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString())
                        .doesNotContain(new String(PIN.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(PIN.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(PIN.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(Files.readString(home.resolve("config/app-lock.properties"))).contains("hash=");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#lockScreen").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo(WindowLock.LOCKED_TITLE);
        List<String> shown = SceneTexts.read(stage.getScene().getRoot());
        for (String client : clients) {
            assertThat(shown).noneMatch(text -> text.contains(client));
        }
        assertThat(robot.lookup("#rosterList").tryQuery()).isEmpty();
        assertThat(Window.getWindows()).containsExactly(stage);
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene().getRoot(), "lock-screen.png")).get(10, TimeUnit.SECONDS);

        // keyboard only: the field has the focus and a name for screen readers
        PasswordField field = robot.lookup("#lockSecretField").queryAs(PasswordField.class);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getAccessibleText()).isEqualTo("PIN or passphrase");
        typeAndEnter(robot, "0000");
        waitUntil(() -> !robot.lookup("#lockMessage").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#lockMessage").queryAs(Label.class).getText())
                .isEqualTo("That PIN or passphrase is not right. Try again.");
        assertThat(field.getAccessibleHelp()).isEqualTo("That PIN or passphrase is not right. Try again.");
        robot.interact(field::requestFocus);
        typeAndEnter(robot, PIN);
        waitUntil(() -> robot.lookup("#rosterList").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("Coach Desk \u2014 Demo workspace");
        assertThat(SceneTexts.read(stage.getScene().getRoot())).anyMatch(text -> text.contains(clients.get(0)));
    }

    @Test
    void idleMinutesLockTheWindowAndTheNextStartOpensLocked(FxRobot robot) throws Exception {
        clientNamesAndEmails(robot);
        setPinInSettings(robot);
        robot.moveTo("#rosterList");
        clock.advance(Duration.ofMinutes(9));
        Thread.sleep(6000); // the window checks every 5 s
        assertThat(robot.lookup("#lockScreen").tryQuery()).as("9 idle minutes").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        waitUntil(() -> robot.lookup("#lockScreen").tryQuery().isPresent());

        desk.stop();
        WaitForAsyncUtils.asyncFx(() -> desk.start(stage, clock)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lockScreen").tryQuery()).as("a set lock starts locked").isPresent();
        Thread.sleep(1000);
        assertThat(robot.lookup("#rosterList").tryQuery()).as("the roster, read meanwhile, stays behind the lock").isEmpty();
    }
}
