package org.findinggood.coachdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.LastOpenedRepository;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.quickprep.since.SinceViewModel;
import org.findinggood.coachdesk.ui.settings.StartView;
import org.findinggood.coachdesk.ui.today.TodayRanking;
import org.findinggood.coachdesk.ui.today.TodayView;
import org.findinggood.coachdesk.ui.today.TodayViewModel;

/**
 * The coach's day in one open workspace: Today (built on the cache, read again when shown and after
 * syncs), the visits recorded as the coach moves, and what the window shows at start (Today, or the last
 * client, tab and week). Built and used on the FX thread; close it with the workspace.
 */
// close() passes on the change feed's AutoCloseable, which never throws InterruptedException
@SuppressWarnings("try")
final class CoachDay implements AutoCloseable {

    /** Tables whose changes can change Today. */
    static final Set<String> TODAY_TABLES = Set.of("coaching_relationships", "clients", "weekly_snapshots",
            "daily_checkins", "agreed_activities", "outbox", "conflict");

    private final TodayViewModel today;
    private final TodayView todayView;
    private final ClientNavigator navigator;
    private final LastOpenedRepository visits;
    private final VisitRecorder recorder;
    private final Tasks tasks;
    private final AutoCloseable changes;

    /** Tables whose changes can change the "Since" block. */
    static final Set<String> SINCE_TABLES = Set.of("weekly_snapshots", "daily_checkins", "agreed_activities", "focus_history",
            "permissions", "outbox");

    CoachDay(CacheStore store, RosterViewModel roster, ClientArea area, Tasks tasks, Clock clock, SinceViewModel since,
             TodayRanking ranking) {
        this.tasks = tasks;
        this.visits = store.lastOpened();
        this.navigator = new ClientNavigator(roster, area);
        this.today = new TodayViewModel(new StorePorts(store).today(), ranking, tasks, clock,
                email -> navigator.open(email, ClientNavigator.QUICK_PREP, null));
        this.todayView = new TodayView(today);
        this.recorder = new VisitRecorder(visits, clock);
        // choosing a client in the roster leaves Today
        roster.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && old != row) {
                today.shownProperty().set(false);
            }
        });
        LatestOnFxThread<Set<String>> reload = new LatestOnFxThread<>(tables -> {
            if (today.shownProperty().get() && tables.stream().anyMatch(TODAY_TABLES::contains)) {
                today.reload();
            }
            if (tables.stream().anyMatch(SINCE_TABLES::contains)) {
                since.refresh();
            }
        });
        this.changes = store.changes().addListener(reload);
        // each client opened: recorded, and the "Since" block shows what changed since the visit before
        recorder.follow(area, since::show);
    }

    /** Ctrl+0 and the Today button: Today, read again, with the keyboard on its list. */
    void showToday() {
        today.shownProperty().set(true);
        today.reload();
        Platform.runLater(todayView::focusList);
    }

    /** At start: Today, or the client, tab and week open last when the coach chose so (and one was). */
    void start(StartView startView) {
        if (startView != StartView.LAST_CLIENT) {
            showToday();
            return;
        }
        tasks.run(visits::latest).onSuccess(last -> {
            if (last.isEmpty() || !navigator.open(last.get().clientEmail(), last.get().tab(),
                    last.get().tab() == ClientNavigator.QUICK_PREP ? last.get().weekStart() : null)) {
                showToday();
            }
        }).onFailure(error -> showToday());
    }

    /** Opens a client where something lives (search hits, "Since" items); leaves Today. */
    boolean open(String clientEmail, int tab, LocalDate week) {
        return open(clientEmail, tab, week, null);
    }

    /** As {@link #open(String, int, LocalDate)}, with an activity selected in the Activities tab (a search hit). */
    boolean open(String clientEmail, int tab, LocalDate week, java.util.UUID activityId) {
        today.shownProperty().set(false);
        return navigator.open(clientEmail, tab, week, activityId);
    }

    /** The selected client's Quick Prep tab (Today leaves). */
    void showQuickPrep() {
        today.shownProperty().set(false);
        navigator.showTab(ClientNavigator.QUICK_PREP);
    }

    TodayViewModel today() {
        return today;
    }

    TodayView todayView() {
        return todayView;
    }

    ObservableBooleanValue todayShown() {
        return today.shownProperty();
    }

    @Override
    public void close() throws Exception {
        changes.close();
        recorder.close();
    }
}
