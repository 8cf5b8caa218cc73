package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceViewModel;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.settings.SettingsView;
import org.findinggood.coachdesk.ui.settings.SettingsViewModel;
import org.findinggood.coachdesk.ui.settings.UnsentWork;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Sign out and forget this device" from the Settings dialog: the confirmation warns with the real
 * count of unsent edits in the cache; confirming deletes the cache files, the key and the session
 * (checked on disk), cancelling keeps everything. Wired as the app wires it (WorkspaceActions), on a real encrypted
 * cache, a real passphrase secrets file and a session from the local Supabase stand-in.
 */
@ExtendWith(ApplicationExtension.class)
class ForgetDeviceUiTest {

    private static FreshDatabase database;
    private static LocalSupabase supabase;

    private SignedInWorkspaceFixture workspace;
    private final CompletableFuture<Integer> forgotten = new CompletableFuture<>();
    private Stage stage;

    @BeforeAll
    static void server() {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
        supabase.createCoach("forget-ui@example.com", SignedInWorkspaceFixture.PASSWORD, "Jordan Ellis");
    }

    @AfterAll
    static void stopServer() throws Exception {
        supabase.close();
        database.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = new SignedInWorkspaceFixture(Files.createTempDirectory("forget-ui"), supabase, "forget-ui@example.com");
        Tasks tasks = Tasks.onFxThread(Executors.newSingleThreadExecutor());
        ForgetDeviceViewModel forget = new ForgetDeviceViewModel(new ForgetDeviceViewModel.Device() {
            @Override
            public UnsentWork unsentWork() {
                return new UnsentWork(new OutboxRepository(workspace.db).count(), new ConflictRepository(workspace.db).count());
            }

            @Override
            public void forget() {
                WorkspaceSignOut leaving = new WorkspaceSignOut(workspace.secrets, workspace.name, workspace.cacheFile,
                        workspace.tokens);
                tasks.run(() -> {
                    workspace.db.close();
                    return leaving.forgetDevice();
                }).onSuccess(forgotten::complete).onFailure(forgotten::completeExceptionally);
            }
        }, tasks);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(new Label("main window")), 600, 400));
        stage.show();
        new SettingsView(stage, new SettingsViewModel(new Settings(), workspace.dataFolder, () -> { }, forget)).show();
    }

    @AfterEach
    void closeCache() {
        workspace.db.close();
    }

    private String openConfirmation(FxRobot robot) throws Exception {
        Node settings = robot.lookup("#settingsForgetDeviceButton").query().getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(settings, "settings-signed-in.png")).get(10, TimeUnit.SECONDS);
        robot.clickOn("#settingsForgetDeviceButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#forgetDeviceWarning").tryQuery().map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup("#forgetDeviceDialog").query();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(dialog, "forget-device-dialog.png")).get(10, TimeUnit.SECONDS);
        return robot.lookup("#forgetDeviceWarning").queryAs(Label.class).getText();
    }

    @Test
    void confirmingDeletesTheCacheTheKeyAndTheSession(FxRobot robot) throws Exception {
        assertThat(openConfirmation(robot))
                .isEqualTo("1 edit has not been sent to the server: it will be lost. Cancel and sync first to keep it.");
        robot.clickOn("#forgetDeviceConfirm");
        assertThat(forgotten.get(20, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(2);

        assertThat(workspace.cacheFiles()).isEmpty();
        PassphraseFileSecretStore onDisk = workspace.reopenSecrets();
        assertThat(new SecretStoreTokenStore(onDisk, workspace.name).load()).isEmpty();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(workspace.name)).isEmpty();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(workspace.otherId.fileName())).isPresent();
    }

    @Test
    void cancellingKeepsEverything(FxRobot robot) throws Exception {
        openConfirmation(robot);
        robot.clickOn("#forgetDeviceCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#forgetDeviceDialog").tryQuery()).isEmpty();
        assertThat(forgotten).isNotDone();
        assertThat(workspace.db.unsentEdits()).isEqualTo(1);
        assertThat(workspace.cacheFiles()).isNotEmpty();
        PassphraseFileSecretStore onDisk = workspace.reopenSecrets();
        assertThat(new SecretStoreTokenStore(onDisk, workspace.name).load()).isPresent();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(workspace.name)).isPresent();
    }
}
