package org.findinggood.coachdesk.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.ConnectivityProbe;
import org.findinggood.coachdesk.sync.LocalCounts;
import org.findinggood.coachdesk.sync.SyncEngine;
import org.findinggood.coachdesk.sync.SyncFailures;
import org.findinggood.coachdesk.sync.SyncSchedule;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.client.SelectedClient;
import org.findinggood.coachdesk.ui.common.Subscriptions;
import org.findinggood.coachdesk.ui.common.SyncWords;
import org.findinggood.coachdesk.ui.today.TodayRanking;
import org.findinggood.coachdesk.ui.quickprep.since.SinceView;
import org.findinggood.coachdesk.ui.quickprep.since.SinceViewModel;
import org.findinggood.coachdesk.ui.roster.RosterView;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.shell.MainWindowView;
import org.findinggood.coachdesk.ui.shell.ShellViewModel;
import org.findinggood.coachdesk.ui.shell.WindowPlacement;
import org.findinggood.coachdesk.ui.sync.SyncStatusBar;
import org.findinggood.coachdesk.ui.sync.SyncStatusViewModel;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorService;

/**
 * One open workspace, assembled from its one open cache: every view model, the sync engine (none in
 * the demo) and the main window's content. Whatever it registers on the app's longer-lived objects
 * (settings, the "Presenting" switch, the window) is held in its {@link Subscriptions} and taken
 * back by {@link #detach()}; closing it then stops the sync and closes the cache. Built and shown on
 * the FX thread.
 */
final class WorkspaceAssembly implements AutoCloseable {

    private static final Set<String> ROSTER_TABLES = Set.of("coaching_relationships", "clients", "daily_checkins",
            "agreed_activities", "outbox", "conflict");

    private final AppLifetime app;
    private final OpenWorkspace opened;
    private final CacheStore store;
    private final Subscriptions subscriptions = new Subscriptions();
    private final RosterViewModel roster;
    private final RosterView rosterView;
    private final SinceViewModel since;
    private final ClientArea area;
    private final SyncEngine engine;
    private final WorkspaceActions actions;
    private final CoachDay day;
    private final SearchPalette palette;
    private final ShellViewModel shell;
    private final MainWindowView window;
    private boolean detached;

    WorkspaceAssembly(AppLifetime app, OpenWorkspace opened) {
        this.app = app;
        this.opened = opened;
        this.store = opened.store();
        StorePorts ports = new StorePorts(store);
        this.roster = new RosterViewModel(ports.roster(), ports.rosterSyncMarks(),
                new LocalRelationshipEdits(store.edits()), app.tasks());
        subscriptions.bind(roster.presentingProperty(), app.presenting());
        roster.setDemo(opened.demo());
        roster.useInviteDrafts(new StoreInviteDrafts(store));
        this.rosterView = new RosterView(roster, app.clock());
        // "Since you last looked" at the top of Quick Prep; its lines open where they live (through the coach's day)
        this.since = new SinceViewModel(store.changesSince()::since, app.tasks(), app.clock(), this::openWhere);
        this.area = clientArea(ports);
        this.engine = opened.demo() ? null : newSyncEngine();
        this.actions = new WorkspaceActions(app, opened, engine, twoFactor(), () -> roster.selectedProperty().get());
        this.day = new CoachDay(store, roster, area, app.tasks(), app.clock(), since, TodayRanking.forWorkspace(!opened.demo()));
        opened.closeWith(day);
        this.palette = new SearchPalette(store.searchIndex(), app.tasks(), app.stage(), day, actions, app.settings(),
                engine != null, rosterView::showInviteDialog);
        // the one "Presenting" switch reaches Today and the search as well as the roster and activities
        subscriptions.bind(day.today().presentingProperty(), app.presenting());
        subscriptions.bind(palette.model().presentingProperty(), app.presenting());
        this.shell = new ShellViewModel(opened.coachLabel(), opened.demo(), app.settings().themeProperty(), actions,
                new ShellViewModel.Guards(app.lock().enabledProperty(), app.presenting()));
        this.window = new MainWindowView(shell, new MainWindowView.Parts(rosterView, area.view(), statusBar(),
                rosterView::focusSearch, rosterView::showInviteDialog, day.todayView(), day.todayShown(), day::showToday,
                palette::show));
        subscriptions.add(window);
        palette.attach(window);
    }

    /** The client area follows the roster; its tabs read the cache when shown and after syncs. */
    private ClientArea clientArea(StorePorts ports) {
        ClientArea built = ClientArea.build(ports.clientArea(), app.tasks(), app.clock(), app.linkOpener(),
                Platform::runLater, new SinceView(since));
        built.quickPrep().leadSections(since::prepSheetSections);
        built.activities().useSyncWords(SyncWords.of(opened.demo()));
        opened.closeWith(built);
        // hidden activity columns: the same for every client and workspace, kept in the settings
        subscriptions.bindContentBidirectional(built.activities().columns().hidden(), app.settings().hiddenActivityColumns());
        roster.selectedProperty().addListener((obs, old, row) -> built.model().selectedProperty().set(SelectedClient.of(row)));
        subscriptions.bind(built.activities().presentingProperty(), app.presenting());
        return built;
    }

    private SyncStatusBar statusBar() {
        if (engine == null) {
            return new SyncStatusBar(SyncStatusViewModel.forDemo(app.clock()));
        }
        SyncStatusViewModel status = SyncStatusViewModel.forWorkspace(app.clock(), actions);
        // The engine reports on its own thread; the bar is updated on the FX thread, at most one
        // update queued at a time (a 100,000-row sync reports every page).
        opened.closeWith(engine.addListener(new LatestOnFxThread<>(status::accept)));
        opened.closeWith(engine);
        return new SyncStatusBar(status);
    }

    /** The workspace's sync engine: pulls and pushes at start, on demand, every few minutes, on reconnect. */
    private SyncEngine newSyncEngine() {
        PostgrestClient rest = new PostgrestClient(opened.project(), opened.tokens(), opened.http());
        CoachSync round = new CoachSync(rest, opened.tokens()::session, store, SyncSettings.standard(), app.clock());
        SyncSchedule standard = SyncSchedule.standard();
        SyncSchedule schedule = new SyncSchedule(minutes(app.settings().syncIntervalMinutesProperty().get()),
                standard.probeInterval(), standard.retryDelay(), standard.editDelay());
        SyncEngine built = new SyncEngine(round, ConnectivityProbe.tcp(opened.project().baseUrl(), Duration.ofSeconds(3)),
                LocalCounts.of(store), schedule, app.clock(), new SyncFailures());
        // A local edit lands in the outbox: push it soon (the engine ignores its own outbox writes).
        opened.closeWith(store.changes().addListener(built::cacheChanged));
        return built;
    }

    /**
     * Settings' two-factor service, on the HTTP client the workspace was opened with: the app's own is built on first
     * use, which must not be here on the FX thread. Null in the demo.
     */
    private TwoFactorService twoFactor() {
        return opened.tokens() == null ? null
                : new SupabaseTwoFactor(opened.project(), opened.http(), app.clock(), opened.tokens());
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(Math.max(1, minutes));
    }

    private void openWhere(String clientEmail, int tab, LocalDate week) {
        day.open(clientEmail, tab, week);
    }

    /** Puts the workspace in the app's window and starts it: the roster, the sync, Today or the last client. */
    void show() {
        app.stage().setTitle(shell.title());
        app.scene().setRoot(window);
        subscriptions.add(WindowPlacement.place(app.stage(), window.split(), app.settings().windowBoundsProperty())::run);
        followRosterTables();
        roster.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                app.exits().rosterShown(roster, area);
            }
        });
        RosterShownMarker.fromSystemProperty().ifPresent(marker -> marker.watch(app.scene(), roster, app.background()));
        showFirstRoster();
        if (engine != null) {
            // The interval from Settings applies to the running engine at once.
            subscriptions.listen(app.settings().syncIntervalMinutesProperty(),
                    (obs, old, minutes) -> engine.changeInterval(minutes(minutes.intValue())));
            engine.start();
        }
        window.focusSearchLater();
        // Today or the last client, once the roster is there to select from (after the focus above)
        PrepShownMarker.fromSystemProperty().ifPresent(marker -> marker.watch(app.scene(), day.today(), area.quickPrep(),
                app.background()));
        whenLoaded(() -> day.start(app.settings().startViewProperty().get()));
        if (opened.openMessage() != null) {
            // Shown once the window is (it may be opening with this workspace in its first frame).
            Platform.runLater(() -> app.screens().info("Local cache", opened.openMessage()));
        }
    }

    /**
     * A sync (or any other writer) changed the roster's tables or the rows' sync state: read it
     * again. A burst of commits (a sync writes a page at a time) becomes one queued reload, and
     * the reload reads the cache off the FX thread.
     */
    private void followRosterTables() {
        LatestOnFxThread<Set<String>> reload = new LatestOnFxThread<>(tables -> roster.reload());
        opened.closeWith(store.changes().addListener(tables -> {
            if (tables.stream().anyMatch(ROSTER_TABLES::contains)) {
                reload.accept(tables);
            }
        }));
    }

    private void showFirstRoster() {
        CompletableFuture<RosterViewModel.Read> reading = opened.firstRosterReading();
        if (opened.firstRoster() != null) {
            roster.show(opened.firstRoster());
        } else if (reading != null && reading.isDone() && !reading.isCompletedExceptionally()) {
            roster.show(reading.join());
        } else if (reading != null) {
            // Still being read by the launcher's head start (off the FX thread): shown when read.
            reading.whenComplete((read, error) -> Platform.runLater(() -> {
                if (detached) {
                    return;
                }
                if (read != null) {
                    roster.show(read);
                } else {
                    roster.reload();
                }
            }));
        } else {
            roster.reload();
        }
    }

    private void whenLoaded(Runnable then) {
        if (roster.loadedProperty().get()) {
            then.run();
            return;
        }
        roster.loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean loaded) {
                if (loaded) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Takes back every listener and binding on the app's longer-lived objects; FX thread, once is enough. */
    void detach() {
        detached = true;
        subscriptions.close();
    }

    /** Detaches, then closes the rest (sync stopped, cache closed and sealed) on {@code closer}. */
    void closeOn(Executor closer) {
        detach();
        closer.execute(opened::close);
    }

    /** Detaches and closes everything now (the app is stopping). */
    @Override
    public void close() {
        detach();
        opened.close();
    }

    OpenWorkspace opened() {
        return opened;
    }

    /** "Forget this device" for this workspace; null in the demo. */
    WorkspaceActions actionsIfSignedIn() {
        return opened.demo() ? null : actions;
    }

    RosterViewModel roster() {
        return roster;
    }

    ClientArea clientArea() {
        return area;
    }

    CoachDay coachDay() {
        return day;
    }

    SearchPalette searchPalette() {
        return palette;
    }

    /** Null in the demo. */
    SyncEngine syncEngine() {
        return engine;
    }

    /** For tests: the window's content, and how many registrations it holds on longer-lived objects. */
    MainWindowView window() {
        return window;
    }

    int subscriptionCount() {
        return subscriptions.size();
    }
}
