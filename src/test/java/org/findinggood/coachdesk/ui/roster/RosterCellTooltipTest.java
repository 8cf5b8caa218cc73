package org.findinggood.coachdesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The roster line's open-activities tooltip is made when the pointer first rests on the line (not for
 * every cell of the first frame), and says the breakdown of the row the cell shows, also after the cell
 * was reused for another row.
 */
@ExtendWith(ApplicationExtension.class)
class RosterCellTooltipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private CacheDatabase db;
    private RosterViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        db = CacheDatabase.open(Files.createTempDirectory("roster-tooltip").resolve("cache.db"), CacheKey.forDemo()).database();
        DemoWorkspace.standard(TODAY).writeTo(db);
        model = RosterOnStage.show(stage, db, background, TODAY, 900);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        db.close();
    }

    @SuppressWarnings("unchecked")
    private List<ListCell<RosterRow>> cells(FxRobot robot) {
        return robot.lookup("#rosterList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getItem() != null).map(cell -> (ListCell<RosterRow>) cell).toList();
    }

    private static Label meta(ListCell<RosterRow> cell) {
        return (Label) cell.getGraphic().lookup(".client-meta");
    }

    @Test
    void theBreakdownTooltipIsMadeOnHoverAndFollowsTheRowTheCellShows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.loadedProperty().get() && !cells(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<RosterRow>> shown = cells(robot);
        assertThat(shown).allSatisfy(cell -> assertThat(meta(cell).getTooltip()).as("no tooltip before a hover").isNull());
        ListCell<RosterRow> open = shown.stream().filter(cell -> RosterLine.openBreakdown(cell.getItem()) != null)
                .findFirst().orElseThrow();
        ListCell<RosterRow> none = shown.stream().filter(cell -> RosterLine.openBreakdown(cell.getItem()) == null)
                .findFirst().orElseThrow();

        robot.moveTo(meta(none));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meta(none).getTooltip()).as("nothing open, no tooltip").isNull();
        robot.moveTo(meta(open));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meta(open).getTooltip()).isNotNull();
        assertThat(meta(open).getTooltip().getText()).isEqualTo(RosterLine.openBreakdown(open.getItem()))
                .startsWith("Open activities: ");

        // the same cell shows another row (scrolling reuses cells): the tooltip says that row's breakdown, or goes
        ListView<RosterRow> list = open.getListView();
        RosterRow other = list.getItems().stream().filter(row -> row != open.getItem()
                && !java.util.Objects.equals(RosterLine.openBreakdown(row), RosterLine.openBreakdown(open.getItem())))
                .findFirst().orElseThrow();
        // (checked inside one FX-thread step: the list's next layout gives the cell its own row back)
        java.util.concurrent.atomic.AtomicReference<Object[]> seen = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            open.updateIndex(list.getItems().indexOf(other));
            seen.set(new Object[] {open.getItem(), meta(open).getTooltip() == null ? null : meta(open).getTooltip().getText()});
        });
        assertThat(seen.get()[0]).isSameAs(other);
        assertThat(seen.get()[1]).isEqualTo(RosterLine.openBreakdown(other));
    }
}
