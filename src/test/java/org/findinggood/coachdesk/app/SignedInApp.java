package org.findinggood.coachdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.findinggood.coachdesk.security.KeyringSecretStore;
import org.findinggood.coachdesk.sync.SyncEngine;

/**
 * The real app started in this JVM and signed in through its own sign-in screen and passphrase
 * dialog, by filling their controls and firing their buttons (no robot): for benchmarks that need the
 * whole app signed in. The TestFX tests drive the same screens with a robot instead.
 */
public final class SignedInApp {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final CoachDeskApp app;
    private final Stage stage;

    private SignedInApp(CoachDeskApp app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    /** Starts the app (first run: the demo) in a new stage under {@code home}, with no keyring. */
    public static SignedInApp start(Path home) throws Exception {
        return onFx(() -> {
            Stage stage = new Stage();
            CoachDeskApp app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()),
                    Clock.systemUTC(), () -> new KeyringSecretStore.ProbeResult(Optional.empty(), "no keyring here"));
            try {
                app.init();
                app.start(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new SignedInApp(app, stage);
        });
    }

    public Scene scene() throws Exception {
        return onFx(() -> app.shell().scene());
    }

    /** Opens the sign-in screen, fills it, sets the passphrase, and waits for the main window. */
    public void signIn(URI projectUrl, String anonKey, String email, String password, String passphrase) throws Exception {
        waitFor(() -> onFxQuietly(() -> app.shell().roster() != null && app.shell().roster().loadedProperty().get()));
        onFx(() -> {
            app.shell().showSignIn();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> find(stage.getScene(), "#signInView") != null));
        onFx(() -> {
            Scene scene = stage.getScene();
            text(scene, "#projectUrlField").setText(projectUrl.toString());
            text(scene, "#anonKeyField").setText(anonKey);
            text(scene, "#emailField").setText(email);
            text(scene, "#passwordField").setText(password);
            ((Button) find(scene, "#signInButton")).fire();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> dialogWith("#passphraseField") != null));
        onFx(() -> {
            Scene dialog = dialogWith("#passphraseField");
            text(dialog, "#passphraseField").setText(passphrase);
            text(dialog, "#passphraseRepeatField").setText(passphrase);
            ((Button) find(dialog, "#passphraseOkButton")).fire();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> app.shell().syncEngine() != null));
    }

    public SyncEngine syncEngine() throws Exception {
        return onFx(() -> app.shell().syncEngine());
    }

    /** Rows the roster shows now (-1 while none is open). */
    public int rosterRows() {
        try {
            return onFx(() -> app.shell().roster() == null ? -1 : app.shell().roster().visibleRows().size());
        } catch (Exception e) {
            return -1;
        }
    }

    public void stop() throws Exception {
        onFx(() -> {
            app.stop();
            stage.hide();
            return null;
        });
    }

    private static Scene dialogWith(String query) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && find(window.getScene(), query) != null) {
                return window.getScene();
            }
        }
        return null;
    }

    private static Node find(Scene scene, String query) {
        return scene == null || scene.getRoot() == null ? null : scene.getRoot().lookup(query);
    }

    private static TextInputControl text(Scene scene, String query) {
        return (TextInputControl) find(scene, query);
    }

    public static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the app did not get there within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    private static boolean onFxQuietly(Supplier<Boolean> check) {
        try {
            return onFx(check);
        } catch (Exception e) {
            return false;
        }
    }

    public static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
