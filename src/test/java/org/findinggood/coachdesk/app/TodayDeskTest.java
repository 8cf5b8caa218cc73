package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepViewModel;
import org.findinggood.coachdesk.ui.today.TodayEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on the demo workspace (real encrypted cache, real controls, headless): it starts on Today,
 * and the next client's Quick Prep is at most two actions away; Ctrl+0 comes back; Delete dismisses.
 */
@ExtendWith(ApplicationExtension.class)
class TodayDeskTest {

    private CoachDeskApp app;
    private Stage stage;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("coach-desk-today");
        app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()), CoachDeskAppTest.CLOCK);
        app.init();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private ListView<TodayEntry> today(FxRobot robot) {
        return robot.lookup("#todayList").queryAs(ListView.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<TodayEntry> waitForToday(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#todayList").tryQuery().isPresent() && !today(robot).getItems().isEmpty()
                && robot.lookup("#todayView").query().isVisible());
        return today(robot);
    }

    /**
     * Today at launch as the coach sees it: rows read, the first selected and the list the scene's focus owner.
     * The rows can be seen from this thread a moment before the FX thread selects the first one; and not
     * isFocused(), which also needs the window focused (another test's window may hold that).
     */
    private ListView<TodayEntry> waitForTodayAtLaunch(FxRobot robot) throws Exception {
        ListView<TodayEntry> list = waitForToday(robot);
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() >= 0 && list.getScene() != null
                && list.getScene().getFocusOwner() == list);
        return list;
    }

    @Test
    void fromLaunchTheNextClientsQuickPrepIsOneKeyAway(FxRobot robot) throws Exception {
        ListView<TodayEntry> list = waitForTodayAtLaunch(robot);
        TodayEntry next = list.getItems().get(0);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(stage.getScene().getFocusOwner()).as("keyboard focus at launch").isSameAs(list);
        int actions = 0;

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        actions++;

        QuickPrepViewModel quickPrep = app.shell().clientArea().quickPrep();
        waitUntil(() -> next.clientEmail().equals(quickPrep.clientEmailProperty().get()) && !quickPrep.loadingProperty().get()
                && robot.lookup("#quickPrep").tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
        assertThat(robot.lookup("#clientTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#clientArea").query().isVisible()).isTrue();
        assertThat(robot.lookup("#todayView").query().isVisible()).isFalse();
        assertThat(actions).isLessThanOrEqualTo(2);
        // the "Since" block sits at the top of Quick Prep (first look at this client on this computer)
        waitUntil(() -> robot.lookup("#sinceHeading").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText()
                .startsWith("The last 14 days")).orElse(false));
        capture("quickprep-since-1280-light.png");
    }

    @Test
    void downMovesCtrlZeroComesBackAndDeleteDismisses(FxRobot robot) throws Exception {
        ListView<TodayEntry> list = waitForTodayAtLaunch(robot);
        int before = list.getItems().size();
        TodayEntry second = list.getItems().get(1);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(second);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> second.clientEmail().equals(app.shell().clientArea().quickPrep().clientEmailProperty().get()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitForToday(robot);
        waitUntil(() -> !app.shell().coachDay().today().loadingProperty().get());
        TodayEntry first = today(robot).getItems().get(0);
        robot.interact(() -> today(robot).getSelectionModel().select(0));
        assertThat(stage.getScene().getFocusOwner()).as("keyboard focus after Ctrl+0").isSameAs(today(robot));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(today(robot).getItems()).doesNotContain(first);

        // read again from the cache: the dismissal holds (nothing new happened since)
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> !app.shell().coachDay().today().loadingProperty().get());
        assertThat(today(robot).getItems()).extracting(TodayEntry::clientEmail).doesNotContain(first.clientEmail());
        assertThat(today(robot).getItems().size()).isLessThan(before);
    }

    @Test
    void theLastClientTabAndWeekComeBackAtTheNextStartWhenChosen(FxRobot robot) throws Exception {
        ListView<TodayEntry> list = waitForTodayAtLaunch(robot);
        TodayEntry second = list.getItems().get(1);
        robot.interact(() -> {
            app.shell().settings().startViewProperty().set(org.findinggood.coachdesk.ui.settings.StartView.LAST_CLIENT);
            list.getSelectionModel().select(1);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        QuickPrepViewModel quickPrep = app.shell().clientArea().quickPrep();
        waitUntil(() -> second.clientEmail().equals(quickPrep.clientEmailProperty().get()) && quickPrep.weeks().size() > 1
                && quickPrep.selectedWeekProperty().get() != null);
        var olderWeek = quickPrep.weeks().get(1);
        robot.interact(() -> quickPrep.selectedWeekProperty().set(olderWeek));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        Thread.sleep(500); // the visit is written on its own thread; stop() closes the cache after it
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);

        // the next start, same computer and workspace
        app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()), CoachDeskAppTest.CLOCK);
        WaitForAsyncUtils.asyncFx(() -> {
            app.init();
            app.start(stage);
            return null;
        }).get(20, TimeUnit.SECONDS);
        waitUntil(() -> app.shell().clientArea() != null
                && second.clientEmail().equals(app.shell().clientArea().quickPrep().clientEmailProperty().get())
                && app.shell().clientArea().quickPrep().selectedWeekProperty().get() != null
                && olderWeek.start().equals(app.shell().clientArea().quickPrep().selectedWeekProperty().get().start()));
        assertThat(robot.lookup("#todayView").query().isVisible()).isFalse();
        assertThat(robot.lookup("#clientTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void screenshotsOfTodayAtTwoSizesLightAndDark(FxRobot robot) throws Exception {
        waitForTodayAtLaunch(robot);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            if (size[0] > screen.getWidth() || size[1] > screen.getHeight()) {
                continue; // the headless screen is 1280x800; run with -Dheadless.geometry=1920x1080-32 for the larger shots
            }
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                robot.interact(() -> app.shell().settings().themeProperty().set(theme));
                capture("today-" + size[0] + "-" + theme.name().toLowerCase() + ".png");
            }
        }
        robot.interact(() -> {
            app.shell().settings().themeProperty().set(ThemeChoice.SYSTEM);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
    }

    private void capture(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        File file = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name).toFile();
        Files.createDirectories(file.toPath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        assertThat(file).exists();
    }
}
