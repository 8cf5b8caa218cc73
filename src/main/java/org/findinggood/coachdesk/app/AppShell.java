package org.findinggood.coachdesk.app;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.security.AppLockFile;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.sync.SyncEngine;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.OsThemeDetector;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.LinkOpener;
import org.findinggood.coachdesk.ui.lock.AppLockViewModel;
import org.findinggood.coachdesk.ui.lock.WindowLock;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceDialog;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceViewModel;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.settings.SettingsFile;
import org.findinggood.coachdesk.ui.shell.WindowPlacement;
import org.findinggood.coachdesk.ui.signin.SignInView;
import org.findinggood.coachdesk.ui.signin.SignInViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app-lifetime shell: builds what lives as long as the app (settings, theme, threads, the lock,
 * the window) and decides which workspace is open. Each open workspace is one {@link WorkspaceAssembly},
 * built from its cache and closed as a whole when the coach leaves it.
 */
final class AppShell implements WorkspaceExits {

    private static final Logger LOG = LoggerFactory.getLogger(AppShell.class);

    private final Stage stage;
    private final SettingsFile settingsFile;
    private final Settings settings;
    private final AppThreads threads = new AppThreads();
    private final Tasks tasks = threads.tasks();
    private final Scene scene = new Scene(new VBox(), WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
    private final ShellScreens screens;
    // Built on first use, off the FX thread (sign-in, opening a signed-in workspace): OkHttp and
    // Jackson cost a few hundred milliseconds of class loading that the demo never needs.
    private final Lazy<RemoteHttp> http = new Lazy<>(RemoteHttp::withDefaults);
    private final SupabaseSignIn signIn;
    private final WorkspaceOpening opening;
    private final HeadStart headStart;
    private final AppLockViewModel lock;
    private final WindowLock windowLock;
    private final AppLifetime lifetime;

    // Set and cleared on the FX thread; volatile for the shutdown hook (closeCacheAtExit).
    private volatile WorkspaceAssembly workspace;
    private BiConsumer<RosterViewModel, ClientArea> onRosterShown = (vm, area) -> { };

    /** With a chosen secret store detector (tests pin the passphrase file so they never touch a keyring). */
    AppShell(Stage stage, AppDirectories dirs, Clock clock, LinkOpener linkOpener, SecretStoreDetector secretStores) {
        this(stage, dirs, clock, linkOpener, secretStores, null);
    }

    /** Taking over what the launcher's head start read and opened already (null: none). */
    AppShell(Stage stage, AppDirectories dirs, Clock clock, LinkOpener linkOpener, SecretStoreDetector secretStores,
            HeadStart headStart) {
        this.stage = stage;
        this.headStart = headStart;
        HeadStart.LoadedSettings loaded = HeadStart.LoadedSettings.of(headStart, dirs);
        this.settingsFile = loaded.file();
        this.settings = loaded.settings();
        settingsFile.saveOnChange(settings, threads.scheduler());
        this.screens = new ShellScreens(stage, scene);
        screens.loading("Opening Coach Desk\u2026");
        AppTheme theme = new AppTheme(settings.themeProperty());
        theme.style(scene);
        this.signIn = new SupabaseSignIn(http::get, clock);
        AppLockFile lockFile = new AppLockFile(dirs.config().resolve("app-lock.properties"));
        this.lock = new AppLockViewModel(lockFile, lockFile.load(), clock, tasks, this::askToForgetFromLock);
        this.windowLock = new WindowLock(stage, scene, lock);
        // the "Presenting" switch: one property for the app's lifetime, every workspace binds to it
        this.lifetime = new AppLifetime(stage, scene, dirs, clock, settings, tasks, threads.background(), linkOpener,
                http::get, lock, new SimpleBooleanProperty(false), screens, this);
        this.opening = new WorkspaceOpening(lifetime, new SecretsAccess(secretStores, tasks, stage), this::showWorkspace);
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
            opening.demo(headStart);
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

    @Override
    public void showSignIn() {
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
        opening.signedIn(coachEmail, fresh);
    }

    /** Called once the roster of each opened workspace has been read (the smoke test then opens a client's tabs). */
    void onRosterShown(BiConsumer<RosterViewModel, ClientArea> callback) {
        this.onRosterShown = callback;
    }

    @Override
    public void rosterShown(RosterViewModel roster, ClientArea area) {
        onRosterShown.accept(roster, area);
    }

    void openDemo() {
        closeWorkspace();
        opening.demo(null);
    }

    private void showWorkspace(OpenWorkspace opened) {
        WorkspaceAssembly assembly = new WorkspaceAssembly(lifetime, opened);
        workspace = assembly;
        assembly.show();
    }

    @Override
    public boolean release(OpenWorkspace opened) {
        WorkspaceAssembly open = workspace;
        if (open == null || open.opened() != opened) {
            return false;
        }
        workspace = null;
        open.detach();
        return true;
    }

    /** "Forget this device" from the lock screen: the open signed-in workspace's (if any), then the lock goes. */
    private void askToForgetFromLock() {
        WorkspaceAssembly open = workspace;
        WorkspaceActions signedIn = open == null ? null : open.actionsIfSignedIn();
        ForgetDeviceViewModel.Device device = signedIn == null ? null : signedIn.forgetDeviceModel().device();
        ForgetDeviceDialog.ask(stage, new ForgetDeviceViewModel(new LockForgetting(device, lock), tasks));
    }

    private void closeWorkspace() {
        WorkspaceAssembly closing = workspace;
        if (closing != null) {
            workspace = null;
            closing.closeOn(threads.background());
        }
    }

    /** Application.stop(): closes the cache and writes the settings now. */
    void stop() {
        windowLock.close();
        WorkspaceAssembly closing = workspace;
        workspace = null;
        if (closing != null) {
            closing.close();
        }
        try {
            settingsFile.save(SettingsFile.Stored.of(settings));
        } catch (Exception e) {
            LOG.warn("Could not save settings on exit", e);
        }
        threads.close();
    }

    /** For a JVM shutdown hook when {@link #stop()} did not run: the open cache is sealed, so the next start is quick. */
    void closeCacheAtExit() {
        WorkspaceAssembly open = workspace;
        if (open != null) {
            open.opened().closeCache();
        }
    }

    Scene scene() {
        return scene;
    }

    Settings settings() {
        return settings;
    }

    /** For tests: the open workspace (its roster, client area, search, Today, sync engine), or null. */
    WorkspaceAssembly workspace() {
        return workspace;
    }

    RosterViewModel roster() {
        return part(WorkspaceAssembly::roster);
    }

    ClientArea clientArea() {
        return part(WorkspaceAssembly::clientArea);
    }

    SearchPalette searchPalette() {
        return part(WorkspaceAssembly::searchPalette);
    }

    CoachDay coachDay() {
        return part(WorkspaceAssembly::coachDay);
    }

    /** Null in the demo. */
    SyncEngine syncEngine() {
        return part(WorkspaceAssembly::syncEngine);
    }

    private <T> T part(Function<WorkspaceAssembly, T> part) {
        WorkspaceAssembly open = workspace;
        return open == null ? null : part.apply(open);
    }
}
