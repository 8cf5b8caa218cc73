package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.findinggood.coachdesk.remote.AssuranceLevel;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.WorkspaceId;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two-factor sign-in end to end through the app shell against the stand-in (supabase/auth
 * {@code internal/api/mfa.go}): the password opens the code card, a wrong code says so, the right code opens the
 * workspace; the secrets file (unlocked afresh) holds only the aal2 session; Settings says two-factor is on.
 */
class TwoFactorDeskTest extends SignedInDeskTestCase {

    private static final String COACH = "two.factor.desk@example.org";
    private static final String PASSPHRASE = "two factor desk passphrase 5521";
    private static final ServerSeed SEED = new ServerSeed(3, 1, 1, 1, 1, 1);

    TwoFactorDeskTest() {
        super("coach-desk-2fa", COACH, SEED, PASSPHRASE);
    }

    @Start
    void start(Stage stage) throws Exception {
        startDesk(stage);
    }

    @Test
    void theCodeCompletesTheSignInAndOnlyTheAal2SessionIsStored(FxRobot robot) throws Exception {
        String secret = supabase.enrolVerifiedTotp(COACH, "Phone");
        DeskRobot desk = desk(robot);
        desk.typePassword(COACH);
        desk.waitUntil(() -> robot.lookup("#codeField").tryQuery().isPresent());
        assertThat(robot.lookup("#passphraseField").tryQuery()).as("nothing is stored before the code").isEmpty();

        robot.clickOn("#codeField").write(TotpCodes.wrongCode(secret, Instant.now())).type(KeyCode.ENTER);
        desk.waitUntil(() -> robot.lookup("#codeError").tryQuery().map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isEmpty()).isPresent());
        assertThat(robot.lookup("#codeError").queryAs(Label.class).getText())
                .isEqualTo("That code is not right; type the 6-digit code your authenticator app shows now.");

        robot.clickOn("#codeField").write(TotpCodes.code(secret, Instant.now())).type(KeyCode.ENTER);
        desk.setPassphrase(PASSPHRASE);
        desk.waitForFirstSync(3);

        WorkspaceId workspace = new WorkspaceId(new SupabaseProject(supabase.baseUrl(), supabase.anonKey()).baseUrl(), COACH);
        Path secretsFile = dirs.config().resolve("secrets.enc");
        AuthSession stored = new SecretStoreTokenStore(PassphraseFileSecretStore.unlock(secretsFile,
                PASSPHRASE.toCharArray()), workspace.fileName()).load().orElseThrow();
        assertThat(AssuranceLevel.of(stored)).isEqualTo(AssuranceLevel.AAL2);

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#twoFactorStatus").tryQuery().map(n -> ((Label) n).getText())
                .filter(t -> t != null && t.startsWith("On:")).isPresent());
        assertThat(robot.lookup("#twoFactorStatus").queryAs(Label.class).getText())
                .isEqualTo("On: signing in asks for a code from your authenticator app.");
        robot.clickOn("#settingsCloseButton");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
