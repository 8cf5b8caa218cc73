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
import org.findinggood.coachdesk.ui.search.SearchRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+K in the real app on the demo's encrypted cache: accents folded, prefixes, grouped hits, Enter opens. */
@ExtendWith(ApplicationExtension.class)
class SearchDeskTest {

    private CoachDeskApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("coach-desk-search");
        app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()), CoachDeskAppTest.CLOCK);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchRow> results(FxRobot robot) {
        return robot.lookup("#searchResults").queryAs(ListView.class);
    }

    @Test
    void typedWithoutAccentsAndCutShortItFindsTheClientAndEnterOpensIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#todayList").tryQuery().isPresent() && app.shell().searchPalette() != null);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#searchEverythingField").tryQuery().isPresent());
        robot.write("tomas lamb");
        try {
            waitUntil(() -> !results(robot).getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no results; field=" + robot.lookup("#searchEverythingField").queryTextInputControl().getText()
                    + " status=" + robot.lookup("#searchStatus").queryLabeled().getText() + " focus="
                    + app.shell().searchPalette().model().queryProperty().get(), e);
        }
        SearchRow first = results(robot).getItems().get(0);
        assertThat(first.kind()).isEqualTo(SearchRow.Kind.CLIENT);
        assertThat(first.title()).isEqualTo("Tomás Lambert");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> "tomas.lambert@example.com".equals(app.shell().clientArea().quickPrep().clientEmailProperty().get()));
        assertThat(robot.lookup("#todayView").query().isVisible()).isFalse();
    }

    @Test
    void aWordFromTheWeeksOpensThatWeekAndScreenshots(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#todayList").tryQuery().isPresent() && app.shell().searchPalette() != null);
        robot.interact(() -> app.shell().searchPalette().show());
        robot.write("delegat");
        waitUntil(() -> results(robot).getItems().stream().anyMatch(r -> r.kind() == SearchRow.Kind.HIT && r.week() != null));
        SearchRow hit = results(robot).getItems().stream().filter(r -> r.kind() == SearchRow.Kind.HIT && r.week() != null)
                .findFirst().orElseThrow();
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            robot.interact(() -> app.shell().settings().themeProperty().set(theme));
            capture(app.shell().searchPalette(), "search-" + theme.name().toLowerCase() + ".png");
        }
        robot.interact(() -> app.shell().searchPalette().model().selectedIndexProperty()
                .set(results(robot).getItems().indexOf(hit)));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#searchPalette").tryQuery().isEmpty());
        var quickPrep = app.shell().clientArea().quickPrep();
        waitUntil(() -> hit.clientEmail().equals(quickPrep.clientEmailProperty().get()) && quickPrep.selectedWeekProperty().get() != null
                && hit.week().equals(quickPrep.selectedWeekProperty().get().start()));
        assertThat(robot.lookup("#clientTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isZero();
        robot.interact(() -> app.shell().settings().themeProperty().set(ThemeChoice.SYSTEM));
    }

    private void capture(SearchPalette palette, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(palette.model().rows()).isNotEmpty();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        File file = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name).toFile();
        Files.createDirectories(file.toPath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
    }
}
