package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.CacheFiles;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.store.WorkspaceId;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Sign out and forget this device" end to end through the app shell: the real app signed in
 * through its screens against the local Supabase stand-in, an edit the server never received
 * (its port is closed), File > Sign out and forget this device, the warning with that count,
 * confirm; then the sign-in screen, no cache file left on disk, and neither the session nor the
 * cache key in the secrets file as a fresh unlock reads it.
 */
class ForgetDeviceDeskTest extends SignedInDeskTestCase {

    private static final String COACH = "forget.desk@example.org";
    private static final String PASSPHRASE = "forget desk passphrase 3307";
    private static final ServerSeed SEED = new ServerSeed(4, 1, 1, 1, 1, 1);

    ForgetDeviceDeskTest() {
        super("coach-desk-forget", COACH, SEED, PASSPHRASE);
    }

    @Start
    void start(Stage stage) throws Exception {
        startDesk(stage);
    }

    @Test
    void forgettingFromTheFileMenuWarnsWithTheUnsentEditThenDeletesCacheKeyAndSession(FxRobot robot) throws Exception {
        DeskRobot desk = desk(robot);
        desk.signIn(COACH, PASSPHRASE);
        desk.waitForFirstSync(4);
        WorkspaceId workspace = new WorkspaceId(new SupabaseProject(supabase.baseUrl(), supabase.anonKey()).baseUrl(), COACH);
        Path cacheFile = workspace.cacheFile(dirs.data());
        Path secretsFile = dirs.config().resolve("secrets.enc");
        assertThat(CacheFiles.of(cacheFile)).as("the signed-in cache is on disk").isNotEmpty();
        assertThat(new SecretStoreTokenStore(unlock(secretsFile), workspace.fileName()).load()).isPresent();
        assertThat(new CacheKeyVault(unlock(secretsFile)).existingHexKey(workspace.fileName())).isPresent();

        // An edit the server never gets: its port is closed.
        supabase.outage(LocalSupabase.Outage.DOWN);
        RosterRow row = desk.rowOf("client2@example.org");
        desk.clickClient(row);
        robot.clickOn("#pauseButton");
        desk.waitUntil(() -> desk.visible("#offlineIndicator") && desk.text("#pendingEditsLabel").equals("1 edit waiting"));

        desk.chooseFromFileMenu("Sign out and forget this device\u2026");
        desk.waitUntil(() -> robot.lookup("#forgetDeviceWarning").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#forgetDeviceWarning").queryAs(Label.class).getText())
                .isEqualTo("1 edit has not been sent to the server: it will be lost. Cancel and sync first to keep it.");
        Node dialog = robot.lookup("#forgetDeviceDialog").query();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(dialog, "forget-device-from-file-menu.png")).get(10, TimeUnit.SECONDS);
        robot.clickOn("#forgetDeviceConfirm");

        desk.waitUntil(() -> robot.lookup("#signInView").tryQuery().isPresent());
        desk.waitUntil(() -> infoDialog("Forgot this device").isPresent());
        robot.clickOn(infoDialog("Forgot this device").orElseThrow().lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        desk.capture("forgot-this-device.png");

        assertThat(CacheFiles.of(cacheFile)).as("no cache file of the workspace is left").isEmpty();
        PassphraseFileSecretStore onDisk = unlock(secretsFile);
        assertThat(new SecretStoreTokenStore(onDisk, workspace.fileName()).load()).as("session").isEmpty();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(workspace.fileName())).as("cache key").isEmpty();
        assertThat(desk.serverStatus(row.relationship().id())).as("the unsent edit never left").isEqualTo("active");
    }

    private static PassphraseFileSecretStore unlock(Path secretsFile) {
        return PassphraseFileSecretStore.unlock(secretsFile, PASSPHRASE.toCharArray());
    }

    /** The information dialog the shell shows after forgetting, found by its header. */
    private static Optional<DialogPane> infoDialog(String header) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup(".dialog-pane"))
                .filter(pane -> pane instanceof DialogPane dialog && header.equals(dialog.getHeaderText()))
                .map(DialogPane.class::cast).findFirst();
    }
}
