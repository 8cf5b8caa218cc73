package org.findinggood.coachdesk.ui.client;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import org.findinggood.coachdesk.ui.activities.ActivitiesView;
import org.findinggood.coachdesk.ui.activities.ActivitiesViewModel;
import org.findinggood.coachdesk.ui.common.TableChanges;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonRenderer;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.common.json.LinkOpener;
import org.findinggood.coachdesk.ui.map.MapView;
import org.findinggood.coachdesk.ui.map.MapViewModel;
import org.findinggood.coachdesk.ui.map.MapSource;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepView;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepViewModel;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepSource;

/**
 * The client area on one workspace's cache: header, the Quick Prep, Map and Activities tabs, and
 * {@link ClientTabLoads} deciding when each reads (the visible tab on selection, hidden ones when
 * opened, after syncs and edits). The app builds it once per workspace from the ports its tabs
 * declare ({@link Sources}, filled from the store by the composition root); tests and the benchmark
 * build the same thing. Close it to stop following the cache's changes.
 */
// close() passes on the change feed's AutoCloseable, which never throws InterruptedException
@SuppressWarnings("try")
public record ClientArea(ClientAreaViewModel model, ClientAreaView view, QuickPrepViewModel quickPrep, MapViewModel map,
                         ActivitiesViewModel activities, AutoCloseable changes) implements AutoCloseable {

    static final Set<String> QUICK_PREP_TABLES = Set.of("clients", "weekly_snapshots", "permissions",
            "daily_checkins", "agreed_activities");
    static final Set<String> MAP_TABLES = Set.of("rolling_aggregates", "focus_history", "daily_checkins");
    static final Set<String> ACTIVITIES_TABLES = Set.of("agreed_activities", "outbox", "conflict");

    /** What the area's view models read and write, and where it hears of changed tables. */
    public record Sources(ClientAreaViewModel.LatestSnapshot latestSnapshot, QuickPrepSource quickPrep, MapSource map,
                          ActivitiesViewModel.ActivityStore activities, ActivitiesViewModel.TypedDrafts drafts,
                          TableChanges changes) {
    }

    /**
     * Builds the area on the FX thread.
     *
     * @param fxThread runs cache-change refreshes on the FX thread ({@code Platform::runLater})
     */
    public static ClientArea build(Sources sources, Tasks tasks, Clock clock, LinkOpener linkOpener, Executor fxThread) {
        return build(sources, tasks, clock, linkOpener, fxThread, null);
    }

    /** With a block shown at the top of Quick Prep (the app's "Since you last looked"), or null. */
    public static ClientArea build(Sources sources, Tasks tasks, Clock clock, LinkOpener linkOpener, Executor fxThread,
                                   Node quickPrepTop) {
        JsonShapeRecognizer recognizer = new JsonShapeRecognizer();
        JsonRenderer renderer = new JsonRenderer(recognizer, linkOpener);
        ClientAreaViewModel model = new ClientAreaViewModel(sources.latestSnapshot(), tasks);
        QuickPrepViewModel quickPrep = new QuickPrepViewModel(sources.quickPrep(), tasks, clock, recognizer, linkOpener);
        MapViewModel map = new MapViewModel(sources.map(), tasks, recognizer);
        // the roster already knows the relationship's status: the tabs word their empty states for it
        var status = javafx.beans.binding.Bindings.createObjectBinding(
                () -> model.selectedProperty().get() == null ? null : model.selectedProperty().get().status(),
                model.selectedProperty());
        quickPrep.relationshipStatusProperty().bind(status);
        map.relationshipStatusProperty().bind(status);
        ActivitiesViewModel activities = new ActivitiesViewModel(sources.activities(), tasks, recognizer, sources.drafts(), clock);
        // each tab view is built when its tab is first shown (ClientAreaView), not for the first frame
        ClientAreaView view = new ClientAreaView(model, new ClientTabs(() -> {
            QuickPrepView quickPrepView = new QuickPrepView(quickPrep, renderer);
            if (quickPrepTop != null) {
                quickPrepView.showAtTop(quickPrepTop);
            }
            return quickPrepView;
        },
                () -> new MapView(map, renderer), () -> new ActivitiesView(activities, renderer)));
        ClientTabLoads loads = new ClientTabLoads(model.selectedProperty(),
                view.tabPane().getSelectionModel().selectedIndexProperty(), fxThread, List.of(
                        new ClientTabLoads.TabLoad(quickPrep::show, quickPrep::refresh, QUICK_PREP_TABLES),
                        new ClientTabLoads.TabLoad(map::show, map::refresh, MAP_TABLES),
                        new ClientTabLoads.TabLoad(activities::show, activities::refresh, ACTIVITIES_TABLES)));
        AutoCloseable changes = sources.changes().listen(loads::tablesChanged);
        return new ClientArea(model, view, quickPrep, map, activities, changes);
    }

    @Override
    public void close() throws Exception {
        changes.close();
    }
}
