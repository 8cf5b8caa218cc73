package org.findinggood.coachdesk.app;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.ConnectivityProbe;
import org.findinggood.coachdesk.sync.LocalCounts;
import org.findinggood.coachdesk.sync.SyncEngine;
import org.findinggood.coachdesk.sync.SyncFailures;
import org.findinggood.coachdesk.sync.SyncSchedule;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ChangesSinceQuery;
import org.findinggood.coachdesk.ui.quickprep.since.SinceView;
import org.findinggood.coachdesk.ui.quickprep.since.SinceViewModel;
import org.findinggood.coachdesk.ui.common.json.LinkOpener;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.RosterQuery;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.store.RowSyncStates;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.client.ClientAreaView;
import org.findinggood.coachdesk.ui.client.SelectedClient;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.OsThemeDetector;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.export.WorkspaceExport;
import org.findinggood.coachdesk.store.CachedRows;
import org.findinggood.coachdesk.ui.export.ExportDialog;
import org.findinggood.coachdesk.ui.export.ExportViewModel;
import javafx.stage.FileChooser;
import org.findinggood.coachdesk.ui.lock.AppLockViewModel;
import org.findinggood.coachdesk.ui.lock.WindowLock;
import org.findinggood.coachdesk.security.AppLockFile;
import org.findinggood.coachdesk.ui.roster.LocalRelationshipEdits;
import org.findinggood.coachdesk.ui.roster.RosterView;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceDialog;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceViewModel;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.settings.UnsentWork;
import org.findinggood.coachdesk.ui.settings.SettingsFile;
import org.findinggood.coachdesk.ui.settings.SettingsView;
import org.findinggood.coachdesk.ui.settings.SettingsViewModel;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorSettingsViewModel;
import org.findinggood.coachdesk.ui.shell.MainWindowView;
import org.findinggood.coachdesk.ui.shell.ShellActions;
import org.findinggood.coachdesk.ui.shell.ShellViewModel;
import org.findinggood.coachdesk.ui.shell.WindowPlacement;
import org.findinggood.coachdesk.ui.signin.SignInView;
import org.findinggood.coachdesk.ui.signin.SignInViewModel;
import org.findinggood.coachdesk.ui.sync.ConflictsView;
import org.findinggood.coachdesk.ui.sync.ConflictsViewModel;
import org.findinggood.coachdesk.ui.sync.SyncStatusBar;
import org.findinggood.coachdesk.ui.sync.SyncStatusViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: builds the long-lived parts once (settings, theme,
 * background threads) and, per workspace, the main window from the store's repositories. It
 * switches between the sign-in screen and a workspace; nothing else creates services.
 */
final class AppShell {

    private static final Logger LOG = LoggerFactory.getLogger(AppShell.class);
    private static final Set<String> ROSTER_TABLES = Set.of("coaching_relationships", "clients", "daily_checkins",
            "agreed_activities", "outbox", "conflict");

    private final Stage stage;
    private final AppDirectories dirs;
    private final Clock clock;
    private final SettingsFile settingsFile;
    private final Settings settings;
    private final ExecutorService background;
    private final ScheduledExecutorService scheduler;
    private final Tasks tasks;
    private final AppTheme theme;
    private final Scene scene;
    private final LinkOpener linkOpener;
    // Built on first use, off the FX thread (sign-in, opening a signed-in workspace): OkHttp and
    // Jackson cost a few hundred milliseconds of class loading that the demo never needs.
    private final Lazy<RemoteHttp> http = new Lazy<>(RemoteHttp::withDefaults);
    private final SupabaseSignIn signIn;
    private final SecretsAccess secrets;
    private final HeadStart headStart;
    private final AppLockViewModel lock;
    private final WindowLock windowLock;
    /** The "Presenting" switch: one property for the app's lifetime, every view binds to it. */
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);

    // Set and cleared on the FX thread; volatile for the shutdown hook (closeCacheAtExit).
    private volatile OpenWorkspace workspace;
    private RosterViewModel roster;
    private SyncEngine syncEngine;
    private MainWindowView mainWindow;
    private ClientArea clientArea;
    private CoachDay coachDay;
    private SearchPalette searchPalette;
    private BiConsumer<RosterViewModel, ClientArea> onRosterShown = (vm, area) -> { };
    private Runnable detachWindow = () -> { };

    AppShell(Stage stage, AppDirectories dirs, Clock clock, LinkOpener linkOpener) {
        this(stage, dirs, clock, linkOpener, new SecretStoreDetector(dirs.config().resolve("secrets.enc")));
    }

    /** With a chosen secret store detector (tests pin the passphrase file so they never touch a keyring). */
    AppShell(Stage stage, AppDirectories dirs, Clock clock, LinkOpener linkOpener, SecretStoreDetector secretStores) {
        this(stage, dirs, clock, linkOpener, secretStores, null);
    }

    /** Taking over what the launcher's head start read and opened already (null: none). */
    AppShell(Stage stage, AppDirectories dirs, Clock clock, LinkOpener linkOpener, SecretStoreDetector secretStores,
            HeadStart headStart) {
        this.stage = stage;
        this.linkOpener = linkOpener;
        this.dirs = dirs;
        this.clock = clock;
        this.headStart = headStart;
        HeadStart.LoadedSettings loaded = Optional.ofNullable(headStart).flatMap(start -> start.settings(dirs))
                .orElseGet(() -> {
                    SettingsFile file = settingsFile(dirs);
                    return new HeadStart.LoadedSettings(file, file.load());
                });
        this.settingsFile = loaded.file();
        this.settings = loaded.settings();
        this.background = Executors.newFixedThreadPool(2, daemon("coach-desk-worker"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("coach-desk-settings"));
        this.tasks = Tasks.onFxThread(background);
        settingsFile.saveOnChange(settings, scheduler);
        this.theme = new AppTheme(settings.themeProperty());
        this.scene = new Scene(loading("Opening Coach Desk\u2026"), WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
        this.signIn = new SupabaseSignIn(http::get, clock);
        this.secrets = new SecretsAccess(secretStores, tasks, stage);
        theme.style(scene);
        AppLockFile lockFile = new AppLockFile(dirs.config().resolve("app-lock.properties"));
        this.lock = new AppLockViewModel(lockFile, lockFile.load(), clock, tasks, this::askToForgetFromLock);
        this.windowLock = new WindowLock(stage, scene, lock);
        tasks.run(() -> OsThemeDetector.forThisMachine().prefersDark()).onSuccess(theme::setSystemPrefersDark)
                .onFailure(e -> LOG.debug("Could not detect the system theme", e));
    }

    /**
     * Shows the window, then: the demo when asked for or when no project was ever configured; the
     * signed-in coach's workspace from its cache (offline too) when one is remembered; else sign-in.
     */
    void start(boolean demo) {
        boolean openDemo = demo || settings.lastProjectUrlProperty().get() == null;
        stage.setTitle("Coach Desk");
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        if (openDemo) {
            // The cache is opening (off the FX thread) while the window comes up; when the launcher's
            // head start has it open already, the window shows the roster in its first frame.
            openDemo(headStart);
        }
        stage.show();
        if (openDemo) {
            return;
        }
        if (settings.hasWorkspace()) {
            openSignedIn(settings.lastCoachEmailProperty().get(), Optional.empty());
        } else {
            showSignIn();
        }
    }

    void showSignIn() {
        closeWorkspace();
        SignInViewModel model = new SignInViewModel(signIn, signIn, settings, tasks,
                signedIn -> openSignedIn(signedIn.coachEmail(), signIn.takeLatest().map(SupabaseSignIn.NewSession::session)))
                .withSecondFactor(signIn);
        SignInView view = new SignInView(model, this::openDemo);
        stage.setTitle("Coach Desk \u2014 Sign in");
        scene.setRoot(view);
        Platform.runLater(view::focusFirstField);
    }

    private void openSignedIn(String coachEmail, Optional<AuthSession> fresh) {
        closeWorkspace();
        scene.setRoot(loading("Opening your workspace\u2026"));
        String projectUrl = settings.lastProjectUrlProperty().get();
        String anonKey = settings.anonKeys().get(projectUrl);
        secrets.withSecrets(store -> tasks.run(() -> withFirstRoster(new SignedInWorkspaceOpener(dirs.data(), http.get(), clock)
                        .open(SignedInWorkspaceOpener.project(URI.create(projectUrl), anonKey), coachEmail, store, fresh)))
                .onSuccess(this::showWorkspace)
                .onFailure(this::workspaceFailed), this::workspaceFailed);
    }

    private void workspaceFailed(Throwable error) {
        if (error instanceof SignedInWorkspaceOpener.NotSignedInException) {
            showSignIn();
            return;
        }
        LOG.warn("The workspace could not be opened", error);
        showSignIn();
        info("Workspace", "Your workspace could not be opened: " + error.getMessage()
                + " Sign in again, or open the demo workspace.");
    }

    /**
     * Called once the roster of the opened workspace has been read, with the client area beside it (the smoke
     * test waits for it, then opens a client's tabs).
     */
    void onRosterShown(BiConsumer<RosterViewModel, ClientArea> callback) {
        this.onRosterShown = callback;
    }

    void openDemo() {
        openDemo(null);
    }

    private void openDemo(HeadStart launcherStart) {
        closeWorkspace();
        Optional<HeadStart.Opening> started = Optional.ofNullable(launcherStart).flatMap(start -> start.demo(dirs.data()));
        OpenWorkspace ready = started.map(HeadStart.Opening::readyNow).orElse(null);
        if (ready != null) {
            showWorkspace(ready);
            return;
        }
        scene.setRoot(loading("Opening the demo workspace\u2026"));
        Callable<OpenWorkspace> opening = started.<Callable<OpenWorkspace>>map(s -> s::await)
                .orElse(() -> withFirstRoster(new DemoWorkspaceOpener(dirs.data(), clock).open()));
        tasks.run(opening)
                .onSuccess(this::showWorkspace)
                .onFailure(error -> {
                    LOG.error("The demo workspace could not be opened", error);
                    showFatal("The demo workspace could not be opened; check that the data folder "
                            + dirs.data() + " is writable.", error);
                });
    }

    private void showWorkspace(OpenWorkspace opened) {
        this.workspace = opened;
        CacheDatabase db = opened.db();
        LocalEdits edits = new LocalEdits(db);
        roster = new RosterViewModel(rosterSource(db), syncMarks(db), new LocalRelationshipEdits(edits), tasks);
        roster.presentingProperty().bind(presenting);
        roster.setDemo(opened.demo());
        RosterView rosterView = new RosterView(roster, clock);

        // the client area follows the roster; its tabs read the cache when shown and after syncs
        // "Since you last looked" at the top of Quick Prep; its lines open where they live (through the coach's day)
        SinceViewModel since = new SinceViewModel(new ChangesSinceQuery(db)::since, tasks, clock,
                (email, tab, week) -> coachDay.open(email, tab, week));
        ClientArea area = ClientArea.onCache(db, edits, tasks, clock, linkOpener, Platform::runLater, new SinceView(since));
        area.quickPrep().leadSections(since::prepSheetSections);
        opened.closeWith(area);
        // hidden activity columns: the same for every client and workspace, kept in the settings
        Bindings.bindContentBidirectional(area.activities().columns().hidden(), settings.hiddenActivityColumns());
        opened.closeWith(() -> Bindings.unbindContentBidirectional(area.activities().columns().hidden(),
                settings.hiddenActivityColumns()));
        roster.selectedProperty().addListener((obs, old, row) -> area.model().selectedProperty().set(selected(row)));
        area.activities().presentingProperty().bind(presenting);
        opened.closeWith(() -> area.activities().presentingProperty().unbind());
        ClientAreaView clientView = area.view();

        SyncEngine engine = opened.demo() ? null : syncEngine(opened);
        SyncStatusViewModel syncStatus = opened.demo() ? SyncStatusViewModel.forDemo(clock)
                : SyncStatusViewModel.forWorkspace(clock, new SyncStatusViewModel.Actions() {
                    @Override
                    public void syncNow() {
                        engine.syncNow();
                    }

                    @Override
                    public void openConflicts() {
                        showConflicts(db, engine);
                    }
                });
        if (engine != null) {
            // The engine reports on its own thread; the bar is updated on the FX thread, at most one
            // update queued at a time (a 100,000-row sync reports every page).
            opened.closeWith(engine.addListener(new LatestOnFxThread<>(syncStatus::accept)));
            opened.closeWith(engine);
        }
        SyncStatusBar statusBar = new SyncStatusBar(syncStatus);

        ShellViewModel shell = new ShellViewModel(opened.coachLabel(), opened.demo(), settings.themeProperty(),
                shellActions(opened, engine), new ShellViewModel.Guards(lock.enabledProperty(), presenting));
        CoachDay day = new CoachDay(db, roster, area, tasks, clock, since);
        opened.closeWith(day);
        clientArea = area;
        coachDay = day;
        SearchPalette palette = new SearchPalette(db, tasks, stage, day, shellActions(opened, engine), settings, engine != null,
                rosterView::showInviteDialog);
        searchPalette = palette;
        // the one "Presenting" switch reaches Today and the search as well as the roster and activities
        day.today().presentingProperty().bind(presenting);
        palette.model().presentingProperty().bind(presenting);
        mainWindow = new MainWindowView(shell, new MainWindowView.Parts(rosterView, clientView, statusBar,
                rosterView::focusSearch, rosterView::showInviteDialog, day.todayView(), day.todayShown(), day::showToday,
                palette::show));
        palette.attach(mainWindow);
        stage.setTitle(shell.title());
        scene.setRoot(mainWindow);
        detachWindow = WindowPlacement.place(stage, mainWindow.split(), settings.windowBoundsProperty());

        // A sync (or any other writer) changed the roster's tables or the rows' sync state: read it
        // again. A burst of commits (a sync writes a page at a time) becomes one queued reload, and
        // the reload reads the cache off the FX thread.
        RosterViewModel shown = roster;
        LatestOnFxThread<Set<String>> reload = new LatestOnFxThread<>(tables -> shown.reload());
        opened.closeWith(db.changes().addListener(tables -> {
            if (tables.stream().anyMatch(ROSTER_TABLES::contains)) {
                reload.accept(tables);
            }
        }));
        shown.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                onRosterShown.accept(shown, area);
            }
        });
        RosterShownMarker.fromSystemProperty().ifPresent(marker -> marker.watch(scene, shown, background));
        CompletableFuture<RosterViewModel.Read> reading = opened.firstRosterReading();
        if (opened.firstRoster() != null) {
            shown.show(opened.firstRoster());
        } else if (reading != null && reading.isDone() && !reading.isCompletedExceptionally()) {
            shown.show(reading.join());
        } else if (reading != null) {
            // Still being read by the launcher's head start (off the FX thread): shown when read.
            reading.whenComplete((read, error) -> Platform.runLater(() -> {
                if (roster != shown) {
                    return;
                }
                if (read != null) {
                    shown.show(read);
                } else {
                    shown.reload();
                }
            }));
        } else {
            shown.reload();
        }
        if (engine != null) {
            syncEngine = engine;
            // The interval from Settings applies to the running engine at once.
            javafx.beans.value.ChangeListener<Number> interval = (obs, old, minutes) ->
                    engine.changeInterval(Duration.ofMinutes(Math.max(1, minutes.intValue())));
            settings.syncIntervalMinutesProperty().addListener(interval);
            opened.closeWith(() -> Platform.runLater(
                    () -> settings.syncIntervalMinutesProperty().removeListener(interval)));
            engine.start();
        }
        mainWindow.focusSearchLater();
        // Today or the last client, once the roster is there to select from (after the focus above)
        PrepShownMarker.fromSystemProperty().ifPresent(marker -> marker.watch(scene, day.today(), area.quickPrep(), background));
        whenLoaded(shown, () -> day.start(settings.startViewProperty().get()));
        if (opened.openMessage() != null) {
            // Shown once the window is (it may be opening with this workspace in its first frame).
            Platform.runLater(() -> info("Local cache", opened.openMessage()));
        }
    }

    private static void whenLoaded(RosterViewModel roster, Runnable then) {
        if (roster.loadedProperty().get()) {
            then.run();
            return;
        }
        roster.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean loaded) {
                if (loaded) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private static RosterViewModel.RosterSource rosterSource(CacheDatabase db) {
        return new RosterQuery(db)::rows;
    }

    private static RosterViewModel.SyncMarks syncMarks(CacheDatabase db) {
        RowSyncStates states = new RowSyncStates(db);
        return () -> states.unsynced("coaching_relationships");
    }

    static SettingsFile settingsFile(AppDirectories dirs) {
        return new SettingsFile(dirs.config().resolve("settings.json"));
    }

    /**
     * Reads the roster right after the cache opened, on the same background thread, so the main
     * window shows it in its first layout. A failed read is left to the roster's own reload.
     */
    static OpenWorkspace withFirstRoster(OpenWorkspace opened) {
        try {
            opened.firstRoster(readRoster(opened.db()));
        } catch (RuntimeException e) {
            LOG.debug("Reading the roster with the cache failed; the window reads it again", e);
        }
        return opened;
    }

    /** Reads the roster with its rows' sync marks, in roster order; off the FX thread. */
    static RosterViewModel.Read readRoster(CacheDatabase db) {
        return RosterViewModel.readSorted(rosterSource(db), syncMarks(db));
    }

    /** The workspace's sync engine: pulls and pushes at start, on demand, every few minutes, on reconnect. */
    private SyncEngine syncEngine(OpenWorkspace opened) {
        CacheDatabase db = opened.db();
        PostgrestClient rest = new PostgrestClient(opened.project(), opened.tokens(), http.get());
        CoachSync round = new CoachSync(rest, opened.tokens()::session, db, SyncSettings.standard(), clock);
        LocalCounts counts = LocalCounts.of(db);
        SyncSchedule standard = SyncSchedule.standard();
        SyncSchedule schedule = new SyncSchedule(Duration.ofMinutes(Math.max(1, settings.syncIntervalMinutesProperty().get())),
                standard.probeInterval(), standard.retryDelay(), standard.editDelay());
        SyncEngine engine = new SyncEngine(round, ConnectivityProbe.tcp(opened.project().baseUrl(), Duration.ofSeconds(3)),
                counts, schedule, clock, new SyncFailures());
        // A local edit lands in the outbox: push it soon (the engine ignores its own outbox writes).
        opened.closeWith(db.changes().addListener(engine::cacheChanged));
        return engine;
    }

    private void showConflicts(CacheDatabase db, SyncEngine engine) {
        ConflictRepository conflicts = new ConflictRepository(db);
        ConflictsViewModel model = new ConflictsViewModel(new ConflictsViewModel.ConflictStore() {
            @Override
            public java.util.List<Conflict> list() {
                return conflicts.list();
            }

            @Override
            public void resolve(Conflict conflict, ConflictResolution resolution) {
                conflicts.resolve(conflict, resolution);
            }
        }, tasks, () -> {
            if (engine != null) {
                engine.refreshCounts();
                engine.syncNow();
            }
        });
        new ConflictsView(stage, model).show();
    }

    private static SelectedClient selected(RosterRow row) {
        if (row == null) {
            return null;
        }
        var r = row.relationship();
        return new SelectedClient(r.id(), r.coachId(), r.clientEmail(), row.client() == null ? null : row.client().name(),
                r.status(), row.client() == null ? null : row.client().calendarLink(), r.inviteCode());
    }

    private ShellActions shellActions(OpenWorkspace opened, SyncEngine engine) {
        return new ShellActions() {
            @Override
            public void syncNow() {
                if (engine != null) {
                    engine.syncNow();
                }
            }

            @Override
            public void openSettings() {
                new SettingsView(stage, new SettingsViewModel(settings, dirs.data(),
                        opened.demo() ? null : () -> signOut(), opened.demo() ? null : forgetDeviceModel(opened))
                        .withLock(lock).withTwoFactor(opened.tokens() == null ? null : new TwoFactorSettingsViewModel(
                                new SupabaseTwoFactor(opened.project(), http.get(), clock, opened.tokens()), tasks)))
                        .show();
            }

            @Override
            public void exportWorkspace() {
                export(opened, null);
            }

            @Override
            public void exportClient() {
                RosterRow open = roster == null ? null : roster.selectedProperty().get();
                if (open == null) {
                    info("Export", "Select a client in the roster first, then export them.");
                } else {
                    export(opened, open);
                }
            }

            @Override
            public void lockNow() {
                lock.lockNow();
            }

            @Override
            public void switchWorkspace() {
                showSignIn();
            }

            @Override
            public void signOut() {
                WorkspaceSignOut leaving = opened.signOut();
                settings.forgetWorkspace();
                showSignIn();
                if (leaving != null) {
                    // Revokes the session on the server when reachable; always removes it here. The cache stays.
                    tasks.run(leaving::signOut).onSuccess(result -> {
                        if (!result.serverTold()) {
                            info("Sign out", result.sentence());
                        }
                    }).onFailure(e -> {
                        LOG.warn("The session could not be removed from the secret store ({})", e.getClass().getSimpleName());
                        info("Sign out", "You are signed out, but the saved sign-in could not be removed: "
                                + e.getMessage());
                    });
                }
            }

            @Override
            public void forgetDevice() {
                if (!opened.demo()) {
                    ForgetDeviceDialog.ask(stage, forgetDeviceModel(opened));
                }
            }

            @Override
            public void quit() {
                Platform.exit();
            }
        };
    }

    /** "Sign out and forget this device" for the open workspace: counts what would be lost, then does it. */
    private ForgetDeviceViewModel forgetDeviceModel(OpenWorkspace opened) {
        CacheDatabase db = opened.db();
        return new ForgetDeviceViewModel(new ForgetDeviceViewModel.Device() {
            @Override
            public UnsentWork unsentWork() {
                LocalCounts counts = LocalCounts.of(db);
                return new UnsentWork(counts.pendingEdits(), counts.conflicts());
            }

            @Override
            public void forget() {
                forgetDevice(opened);
            }
        }, tasks);
    }

    /** Asks where to save, then exports the client's cached rows (or all when {@code client} is null). */
    private void export(OpenWorkspace opened, RosterRow client) {
        String name = client == null ? null : client.displayName();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(client == null ? "Export your workspace" : "Export " + name);
        chooser.setInitialFileName(ExportViewModel.suggestedFileName(name, java.time.LocalDate.now(clock)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP archive", "*.zip"));
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        CachedRows rows = new CachedRows(opened.db());
        ExportViewModel model = new ExportViewModel((target, email, progress) -> new WorkspaceExport(rows, clock)
                .write(target, email, progress::rowsWritten).totalRows(), tasks, Platform::runLater);
        new ExportDialog(stage, model).show();
        model.start(chosen.toPath(), client == null ? null : client.relationship().clientEmail(),
                client == null ? "your workspace" : name);
    }

    /**
     * "Forget this device" from the lock screen, for a coach who forgot the PIN: the same confirmation
     * (with the count of unsent edits) as from Settings; confirmed, the workspace is forgotten and the
     * lock removed. In the demo or on the sign-in screen there is no coach data: only the lock goes.
     */
    private void askToForgetFromLock() {
        OpenWorkspace opened = workspace;
        boolean signedIn = opened != null && !opened.demo();
        ForgetDeviceViewModel.Device device = signedIn ? forgetDeviceModel(opened).device() : null;
        ForgetDeviceDialog.ask(stage, new ForgetDeviceViewModel(new ForgetDeviceViewModel.Device() {
            @Override
            public UnsentWork unsentWork() throws Exception {
                return device == null ? new UnsentWork(0, 0) : device.unsentWork();
            }

            @Override
            public void forget() {
                if (device != null) {
                    device.forget();
                }
                lock.removeAfterForgetting();
            }
        }, tasks));
    }

    /** Closes the workspace (sync stopped, cache closed), then deletes session, cache files and key. */
    private void forgetDevice(OpenWorkspace opened) {
        if (workspace != opened) {
            return;
        }
        WorkspaceSignOut leaving = opened.signOut();
        detachWindow.run();
        detachWindow = () -> { };
        workspace = null;
        roster = null;
        settings.forgetWorkspace();
        scene.setRoot(loading("Signing out and deleting this computer's copy of your clients\u2026"));
        tasks.run(() -> {
            opened.close();
            return leaving.forgetDevice();
        }).onSuccess(files -> {
            showSignIn();
            info("Forgot this device", "You are signed out, and this computer's copy of your clients is deleted.");
        }).onFailure(error -> {
            LOG.warn("Forgetting this device failed: {}", error.getClass().getSimpleName());
            showSignIn();
            info("Forget this device", error.getMessage());
        });
    }

    private void closeWorkspace() {
        detachWindow.run();
        detachWindow = () -> { };
        if (workspace != null) {
            OpenWorkspace closing = workspace;
            workspace = null;
            roster = null;
            syncEngine = null;
            background.execute(closing::close);
        }
    }

    /** Application.stop(): closes the cache and writes the settings now. */
    void stop() {
        windowLock.close();
        detachWindow.run();
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
        try {
            settingsFile.save(SettingsFile.Stored.of(settings));
        } catch (Exception e) {
            LOG.warn("Could not save settings on exit", e);
        }
        background.shutdown();
        scheduler.shutdownNow();
    }

    /**
     * For a JVM shutdown hook (the session ends, SIGTERM) when {@link #stop()} did not run: closes the
     * open workspace's cache so it is checkpointed and sealed, and the next start can skip reading
     * every page of it. The rest of the workspace ends with the JVM.
     */
    void closeCacheAtExit() {
        OpenWorkspace open = workspace;
        if (open != null) {
            open.closeCache();
        }
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    private void showFatal(String sentence, Throwable error) {
        Label message = new Label(sentence);
        message.setWrapText(true);
        message.setId("fatalError");
        Label details = new Label(String.valueOf(error));
        details.getStyleClass().add("muted");
        details.setWrapText(true);
        VBox box = new VBox(10, message, details);
        box.getStyleClass().add("empty-state");
        scene.setRoot(box);
    }

    private static Parent loading(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        VBox box = new VBox(12, spinner, new Label(text));
        box.setId("loadingScreen");
        box.getStyleClass().add("empty-state");
        return box;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    Scene scene() {
        return scene;
    }

    Settings settings() {
        return settings;
    }

    RosterViewModel roster() {
        return roster;
    }

    /** For tests: the open workspace's client area. */
    ClientArea clientArea() {
        return clientArea;
    }

    /** For tests: the open workspace's Ctrl+K search. */
    SearchPalette searchPalette() {
        return searchPalette;
    }

    /** For tests: the open workspace's Today and visits. */
    CoachDay coachDay() {
        return coachDay;
    }

    /** For tests: the open workspace's sync engine, null in the demo. */
    SyncEngine syncEngine() {
        return syncEngine;
    }
}
