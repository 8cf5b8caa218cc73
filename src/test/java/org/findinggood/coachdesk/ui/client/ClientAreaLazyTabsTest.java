package org.findinggood.coachdesk.ui.client;

import org.findinggood.coachdesk.app.StorePorts;
import org.findinggood.coachdesk.store.CacheStore;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.RosterQuery;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.ui.activities.ActivitiesView;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.map.MapView;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The client area builds its three tab views when a client is first selected, not with the window
 * (the cold start's first frame does not need them), and they then show the selected client.
 */
@ExtendWith(ApplicationExtension.class)
class ClientAreaLazyTabsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private CacheDatabase db;
    private ClientArea area;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        db = CacheDatabase.open(Files.createTempDirectory("lazy-tabs").resolve("cache.db"), CacheKey.forDemo()).database();
        DemoWorkspace.standard(TODAY).writeTo(db);
        area = ClientArea.build(new StorePorts(new CacheStore(db)).clientArea(), Tasks.onFxThread(workers),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), url -> { }, Platform::runLater);
        stage.setScene(new Scene(area.view(), 1100, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        area.close();
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void eachTabViewIsBuiltWhenItsTabIsFirstShownAndShowsThatClient(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.view().tabPane().getTabs()).extracting(Tab::getText).containsExactly("Quick Prep", "Map", "Activities");
        assertThat(area.view().tabPane().getTabs()).allSatisfy(tab -> assertThat(tab.getContent()).isNull());
        assertThat(robot.lookup("#noClientSelected").queryAs(javafx.scene.Node.class).isVisible()).isTrue();

        RosterRow row = new RosterQuery(db).rows().stream()
                .filter(r -> r.relationship().status() == RelationshipStatus.ACTIVE).findFirst().orElseThrow();
        CoachingRelationship r = row.relationship();
        int renders = area.quickPrep().renderCountProperty().get();
        robot.interact(() -> area.model().selectedProperty().set(new SelectedClient(r.id(), r.coachId(), r.clientEmail(),
                row.displayName(), r.status(), null, null)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.quickPrep().renderCountProperty().get() > renders);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.view().tabPane().getTabs().get(0).getContent()).isInstanceOf(QuickPrepView.class);
        assertThat(area.view().tabPane().getTabs().get(1).getContent()).as("Map, not shown yet").isNull();
        assertThat(area.view().tabPane().getTabs().get(2).getContent()).as("Activities, not shown yet").isNull();
        assertThat(area.view().tabPane().getTabs().get(0).getContent().isVisible()).isTrue();
        assertThat(robot.lookup("#clientName").queryLabeled().getText()).isEqualTo(row.displayName());
        // the Quick Prep view shows the client's own data, read after it was built
        assertThat(robot.lookup("#clientTabs .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Label::getText)
                .filter(t -> t != null && !t.isBlank()).count()).isGreaterThan(3);

        // the Map tab gets its view when first opened, and reads that client's map
        int mapRenders = area.map().renderCountProperty().get();
        robot.interact(() -> area.view().selectTab(1));
        assertThat(area.view().tabPane().getTabs().get(1).getContent()).isInstanceOf(MapView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.map().renderCountProperty().get() > mapRenders);
        assertThat(area.view().tabPane().getTabs().get(2).getContent()).as("Activities, still not shown").isNull();
        robot.interact(() -> area.view().selectTab(2));
        assertThat(area.view().tabPane().getTabs().get(2).getContent()).isInstanceOf(ActivitiesView.class);
    }

    @Test
    void onALaptopScreenTheActivitiesTableKeepsEveryColumnInView(FxRobot robot) throws Exception {
        // the client area beside the roster on a 1366-pixel screen, with the columns the app starts with
        robot.interact(() -> {
            org.findinggood.coachdesk.ui.activities.ActivityColumns.HIDDEN_AT_FIRST
                    .forEach(key -> area.activities().columns().show(key, false));
            area.view().getScene().getWindow().setWidth(810);
        });
        RosterRow row = new RosterQuery(db).rows().stream()
                .filter(r -> r.relationship().status() == RelationshipStatus.ACTIVE).findFirst().orElseThrow();
        CoachingRelationship r = row.relationship();
        robot.interact(() -> {
            area.view().selectTab(2);
            area.model().selectedProperty().set(new SelectedClient(r.id(), r.coachId(), r.clientEmail(),
                    row.displayName(), r.status(), null, null));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#activityTable").tryQuery().isPresent()
                && !robot.lookup("#activityTable").queryAs(javafx.scene.control.TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableView<?> table = robot.lookup("#activityTable").queryAs(javafx.scene.control.TableView.class);
        double columns = table.getColumns().stream().filter(javafx.scene.control.TableColumnBase::isVisible)
                .mapToDouble(javafx.scene.control.TableColumnBase::getWidth).sum();
        javafx.geometry.Bounds shown = table.localToScene(table.getBoundsInLocal());
        assertThat(columns).as("all columns fit the table").isLessThanOrEqualTo(table.getWidth());
        assertThat(shown.getMaxX()).as("the table's right edge is on screen")
                .isLessThanOrEqualTo(table.getScene().getWidth());
        // no header or value cut to a few letters ("Evid…", "Trans…")
        assertThat(org.findinggood.coachdesk.testsupport.ui.CutText.in(table)).isEmpty();
    }
}
