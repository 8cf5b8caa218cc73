package org.findinggood.coachdesk.app;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import org.findinggood.coachdesk.export.WorkspaceExport;
import org.findinggood.coachdesk.store.CachedRows;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.sync.SyncEngine;
import org.findinggood.coachdesk.ui.export.ExportDialog;
import org.findinggood.coachdesk.ui.export.ExportViewModel;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceDialog;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceViewModel;
import org.findinggood.coachdesk.ui.settings.SettingsView;
import org.findinggood.coachdesk.ui.settings.SettingsViewModel;
import org.findinggood.coachdesk.ui.shell.ShellActions;
import org.findinggood.coachdesk.ui.sync.ConflictsView;
import org.findinggood.coachdesk.ui.sync.ConflictsViewModel;
import org.findinggood.coachdesk.ui.sync.SyncStatusViewModel;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorService;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorSettingsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the menu, the status bar and the command palette ask of one open workspace: sync, the
 * settings and conflicts windows, export, lock, and the ways out (switch, sign out, forget the device).
 */
final class WorkspaceActions implements ShellActions, SyncStatusViewModel.Actions {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceActions.class);

    private final AppLifetime app;
    private final OpenWorkspace opened;
    private final SyncEngine engine;
    private final TwoFactorService twoFactor;
    private final Supplier<RosterRow> selectedClient;

    /**
     * @param engine null in the demo
     * @param twoFactor null in the demo; built with the workspace, so opening Settings makes no HTTP client
     */
    WorkspaceActions(AppLifetime app, OpenWorkspace opened, SyncEngine engine, TwoFactorService twoFactor,
            Supplier<RosterRow> selectedClient) {
        this.app = app;
        this.opened = opened;
        this.engine = engine;
        this.twoFactor = twoFactor;
        this.selectedClient = selectedClient;
    }

    @Override
    public void syncNow() {
        if (engine != null) {
            engine.syncNow();
        }
    }

    @Override
    public void openConflicts() {
        ConflictsViewModel model = new ConflictsViewModel(new StorePorts(opened.store()).conflicts(), app.tasks(), () -> {
            if (engine != null) {
                engine.refreshCounts();
                engine.syncNow();
            }
        });
        new ConflictsView(app.stage(), model).show();
    }

    @Override
    public void openSettings() {
        new SettingsView(app.stage(), new SettingsViewModel(app.settings(), app.dirs().data(),
                opened.demo() ? null : this::signOut, opened.demo() ? null : forgetDeviceModel())
                .withLock(app.lock())
                .withDemo(opened.demo())
                .withTwoFactor(twoFactor == null ? null : new TwoFactorSettingsViewModel(twoFactor, app.tasks())))
                .show();
    }

    @Override
    public void exportWorkspace() {
        export(null);
    }

    @Override
    public void exportClient() {
        RosterRow open = selectedClient.get();
        if (open == null) {
            app.screens().info("Export", "Select a client in the roster first, then export them.");
        } else {
            export(open);
        }
    }

    @Override
    public void lockNow() {
        app.lock().lockNow();
    }

    @Override
    public void switchWorkspace() {
        app.exits().showSignIn();
    }

    @Override
    public void signOut() {
        WorkspaceSignOut leaving = opened.signOut();
        app.settings().forgetWorkspace();
        app.exits().showSignIn();
        if (leaving != null) {
            // Revokes the session on the server when reachable; always removes it here. The cache stays.
            app.tasks().run(leaving::signOut).onSuccess(result -> {
                if (!result.serverTold()) {
                    app.screens().info("Sign out", result.sentence());
                }
            }).onFailure(e -> {
                LOG.warn("The session could not be removed from the secret store ({})", e.getClass().getSimpleName());
                app.screens().info("Sign out", "You are signed out, but the saved sign-in could not be removed: "
                        + e.getMessage());
            });
        }
    }

    @Override
    public void forgetDevice() {
        if (!opened.demo()) {
            ForgetDeviceDialog.ask(app.stage(), forgetDeviceModel());
        }
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    /** "Sign out and forget this device" for this workspace: counts what would be lost, then does it. */
    ForgetDeviceViewModel forgetDeviceModel() {
        return new ForgetDeviceViewModel(new WorkspaceDevice(opened.store(), this::forget), app.tasks());
    }

    /** Closes the workspace (sync stopped, cache closed), then deletes session, cache files and key. */
    private void forget() {
        WorkspaceSignOut leaving = opened.signOut();
        if (!app.exits().release(opened)) {
            return;
        }
        app.settings().forgetWorkspace();
        app.screens().loading("Signing out and deleting this computer's copy of your clients\u2026");
        app.tasks().run(() -> {
            opened.close();
            return leaving.forgetDevice();
        }).onSuccess(files -> {
            app.exits().showSignIn();
            app.screens().info("Forgot this device", "You are signed out, and this computer's copy of your clients is deleted.");
        }).onFailure(error -> {
            LOG.warn("Forgetting this device failed: {}", error.getClass().getSimpleName());
            app.exits().showSignIn();
            app.screens().info("Forget this device", error.getMessage());
        });
    }

    /** Asks where to save, then exports the client's cached rows (or all when {@code client} is null). */
    private void export(RosterRow client) {
        String name = client == null ? null : client.displayName();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(client == null ? "Export your workspace" : "Export " + name);
        chooser.setInitialFileName(ExportViewModel.suggestedFileName(name, LocalDate.now(app.clock())));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP archive", "*.zip"));
        File chosen = chooser.showSaveDialog(app.stage());
        if (chosen == null) {
            return;
        }
        CachedRows rows = opened.store().cachedRows();
        ExportViewModel model = new ExportViewModel((target, email, progress) -> new WorkspaceExport(rows, app.clock())
                .write(target, email, progress::rowsWritten).totalRows(), app.tasks(), Platform::runLater);
        new ExportDialog(app.stage(), model).show();
        model.start(chosen.toPath(), client == null ? null : client.relationship().clientEmail(),
                client == null ? "your workspace" : name);
    }
}
