package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.findinggood.coachdesk.ui.activities.ActivityRow;
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

/**
 * Ctrl+K in the real app on the demo's encrypted cache: accents folded, prefixes, grouped hits, Enter opens (an
 * activity's hit with its row selected in Activities), each hit's bold words drawn where they are.
 */
@ExtendWith(ApplicationExtension.class)
class SearchDeskTest {

    private CoachDeskApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("coach-desk-search");
        app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()), CoachDeskAppTest.CLOCK);
        app.init();
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
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            robot.interact(() -> app.shell().settings().themeProperty().set(theme));
            capture(app.shell().searchPalette(), "search-1280-" + theme.name().toLowerCase() + ".png");
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

    /**
     * Ctrl+K with the query set at once (typed letter by letter, the rows of "del" could be the ones looked at),
     * once its matches are listed.
     */
    private void searchFor(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup("#todayList").tryQuery().isPresent() && app.shell().searchPalette() != null);
        robot.interact(() -> app.shell().searchPalette().show());
        robot.interact(() -> app.shell().searchPalette().model().queryProperty().set(query));
        waitUntil(() -> app.shell().searchPalette().model().statusProperty().get().endsWith("matches"));
    }

    @Test
    void aMatchAtTheSnippetsStartIsDrawnWholeAndAClientHeadingHasNoBlankLineUnderIt(FxRobot robot) throws Exception {
        searchFor(robot, "delegat");
        List<String> drawn = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : robot.lookup("#searchResults .list-cell").queryAll()) {
                if (!(node instanceof ListCell<?> cell) || !(cell.getItem() instanceof SearchRow row) || cell.getGraphic() == null) {
                    continue;
                }
                if (row.kind() == SearchRow.Kind.CLIENT) {
                    // the heading's one line and the cell's padding: no second, blank line (AtlantaFX's fixed 2.8em)
                    double content = cell.getGraphic().prefHeight(-1) + cell.getPadding().getTop() + cell.getPadding().getBottom();
                    assertThat(cell.getHeight()).as("heading " + row.title()).isLessThanOrEqualTo(content + 1);
                }
                for (Node match : cell.getGraphic().lookupAll(".search-match")) {
                    // each bold run is drawn as wide as its own text: the old view drew a leading hit one letter late
                    Text bold = (Text) match;
                    Text alone = new Text(bold.getText());
                    alone.setFont(bold.getFont());
                    assertThat(bold.getLayoutBounds().getWidth()).as("bold \"" + bold.getText() + "\" in " + row.snippet())
                            .isCloseTo(alone.getLayoutBounds().getWidth(), org.assertj.core.data.Offset.offset(0.5));
                    drawn.add(bold.getText());
                }
            }
        });
        assertThat(drawn).isNotEmpty().allMatch(word -> word.toLowerCase(java.util.Locale.ROOT).startsWith("delegat"));
    }

    @Test
    void anActivitysHitOpensActivitiesWithThatRowSelectedAndInView(FxRobot robot) throws Exception {
        searchFor(robot, "call guide");
        SearchRow hit = results(robot).getItems().stream().filter(r -> r.activityId() != null).reduce((a, b) -> b).orElseThrow();
        assertThat(hit.tab()).isEqualTo(ClientNavigator.ACTIVITIES);
        robot.interact(() -> app.shell().searchPalette().model().selectedIndexProperty()
                .set(results(robot).getItems().indexOf(hit)));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        var activities = app.shell().clientArea().activities();
        waitUntil(() -> activities.selectedProperty().get() != null && hit.activityId().equals(activities.selectedProperty().get().id()));
        assertThat(activities.clientEmailProperty().get()).isEqualTo(hit.clientEmail());
        assertThat(robot.lookup("#clientTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex())
                .isEqualTo(ClientNavigator.ACTIVITIES);
        // the table shows that row selected, drawn inside its visible area
        @SuppressWarnings("unchecked")
        TableView<ActivityRow> table = robot.lookup(".table-view").match(n -> n.isVisible() && n.getScene() != null
                && ((TableView<?>) n).getItems().stream().anyMatch(r -> r instanceof ActivityRow)).queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(hit.activityId());
        TableRow<?> shown = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof ActivityRow a
                && a.id().equals(hit.activityId()) && r.isVisible()).queryAs(TableRow.class);
        javafx.geometry.Bounds row = shown.localToScene(shown.getBoundsInLocal());
        javafx.geometry.Bounds area = table.localToScene(table.getBoundsInLocal());
        assertThat(row.getMinY()).isGreaterThanOrEqualTo(area.getMinY());
        assertThat(row.getMaxY()).isLessThanOrEqualTo(area.getMaxY());
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
