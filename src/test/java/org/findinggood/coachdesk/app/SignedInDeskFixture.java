package org.findinggood.coachdesk.app;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.findinggood.coachdesk.security.KeyringSecretStore;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the signed-in desk tests share: the real app on a fresh data folder (no keyring, so secrets go to
 * the passphrase file) and a local Supabase stand-in seeded for one coach. TestFX's {@code @Start} runs
 * before {@code @BeforeEach}: {@link #start} there, {@link #serve} in the {@code @BeforeEach}.
 */
final class SignedInDeskFixture {

    final AppDirectories dirs;
    final CoachDeskApp app;
    final Stage stage;
    LocalSyncStack stack;
    LocalSupabase supabase;

    private SignedInDeskFixture(AppDirectories dirs, CoachDeskApp app, Stage stage) {
        this.dirs = dirs;
        this.app = app;
        this.stage = stage;
    }

    /** The app, started on {@code stage} with a new data folder named after {@code folderPrefix}. */
    static SignedInDeskFixture start(Stage stage, String folderPrefix) throws Exception {
        AppDirectories dirs = AppDirectories.resolve("", "", Map.of(), Files.createTempDirectory(folderPrefix).toString());
        CoachDeskApp app = new CoachDeskApp(dirs, Clock.systemUTC(),
                () -> new KeyringSecretStore.ProbeResult(Optional.empty(), "no keyring in tests"));
        app.init();
        app.start(stage);
        return new SignedInDeskFixture(dirs, app, stage);
    }

    /** The stand-in with {@code coach} and {@code seed}'s clients; the secrets the test will type are recorded for the log scan. */
    void serve(String coach, ServerSeed seed, String passphrase) throws Exception {
        stack = LocalSyncStack.start();
        supabase = stack.supabase();
        UUID coachId = stack.coach(coach);
        try (Connection c = stack.sql()) {
            seed.write(c, coachId, "client");
        }
        SecretsLog.record(LocalSyncStack.PASSWORD);
        SecretsLog.record(passphrase);
    }

    /** Lets held requests go, reopens the port, stops the app (closing its cache), then the stand-in. */
    void stop() throws Exception {
        supabase.release();
        supabase.outage(LocalSupabase.Outage.NONE);
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(60, TimeUnit.SECONDS);
        stack.close();
    }
}
