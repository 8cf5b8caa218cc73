package org.findinggood.coachdesk.app;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a workspace's cache off the FX thread while the window says what it waits for: the demo, or
 * the signed-in coach's (offline too). Hands the open workspace to {@code show}, or tells the coach
 * in one sentence why it could not be opened.
 */
final class WorkspaceOpening {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceOpening.class);

    private final AppLifetime app;
    private final SecretsAccess secrets;
    private final Consumer<OpenWorkspace> show;

    WorkspaceOpening(AppLifetime app, SecretsAccess secrets, Consumer<OpenWorkspace> show) {
        this.app = app;
        this.secrets = secrets;
        this.show = show;
    }

    /** The remembered project's workspace for {@code coachEmail}, with the session just signed in (if any). */
    void signedIn(String coachEmail, Optional<AuthSession> fresh) {
        app.screens().loading("Opening your workspace\u2026");
        Settings settings = app.settings();
        String projectUrl = settings.lastProjectUrlProperty().get();
        String anonKey = settings.anonKeys().get(projectUrl);
        secrets.withSecrets(store -> app.tasks().run(() -> new SignedInWorkspaceOpener(app.dirs().data(), app.http().get(),
                                app.clock())
                        .open(SignedInWorkspaceOpener.project(URI.create(projectUrl), anonKey), coachEmail, store, fresh)
                        .withFirstRoster())
                .onSuccess(show::accept)
                .onFailure(this::signedInFailed), this::signedInFailed);
    }

    private void signedInFailed(Throwable error) {
        app.exits().showSignIn();
        if (!(error instanceof SignedInWorkspaceOpener.NotSignedInException)) {
            LOG.warn("The workspace could not be opened", error);
            app.screens().info("Workspace", "Your workspace could not be opened: " + error.getMessage()
                    + " Sign in again, or open the demo workspace.");
        }
    }

    /** The demo; taken over from the launcher's head start when it opened it already ({@code launcherStart} may be null). */
    void demo(HeadStart launcherStart) {
        Optional<HeadStart.Opening> started = Optional.ofNullable(launcherStart)
                .flatMap(start -> start.demo(app.dirs().data()));
        OpenWorkspace ready = started.map(HeadStart.Opening::readyNow).orElse(null);
        if (ready != null) {
            show.accept(ready);
            return;
        }
        app.screens().loading("Opening the demo workspace\u2026");
        Callable<OpenWorkspace> opening = started.<Callable<OpenWorkspace>>map(s -> s::await)
                .orElse(() -> new DemoWorkspaceOpener(app.dirs().data(), app.clock()).open().withFirstRoster());
        app.tasks().run(opening).onSuccess(show::accept).onFailure(error -> {
            LOG.error("The demo workspace could not be opened", error);
            app.screens().fatal("The demo workspace could not be opened; check that the data folder "
                    + app.dirs().data() + " is writable.", error);
        });
    }
}
