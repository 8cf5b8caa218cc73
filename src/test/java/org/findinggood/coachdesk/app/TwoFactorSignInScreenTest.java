package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.findinggood.coachdesk.remote.AssuranceLevel;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.signin.SignInService;
import org.findinggood.coachdesk.ui.signin.SignInView;
import org.findinggood.coachdesk.ui.signin.SignInViewModel;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in screen's code card with the app's real service against the stand-in (supabase/auth
 * {@code internal/api/mfa.go}): the password opens the card, the button is disabled with its reason until six
 * digits, a wrong code says so, Enter with the right code signs in with an aal2 session. HTTP runs on a worker.
 */
@ExtendWith(ApplicationExtension.class)
class TwoFactorSignInScreenTest {

    private static final String COACH = "screen.2fa@example.org";
    private static final String PASSWORD = "correct horse battery staple 2fa";

    private static FreshDatabase database;
    private static LocalSupabase supabase;
    private static String secret;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();

    private final List<SignInService.SignedIn> signedIn = new ArrayList<>();
    private SupabaseSignIn service;
    private SignInViewModel model;

    @BeforeAll
    static void startSupabase() {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
        supabase.createCoach(COACH, PASSWORD, "Screen Coach");
        secret = supabase.enrolVerifiedTotp(COACH, "Phone");
    }

    @AfterAll
    static void stopSupabase() throws Exception {
        WORKER.shutdownNow();
        supabase.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        service = new SupabaseSignIn(RemoteHttp.withDefaults(), Clock.systemUTC());
        model = new SignInViewModel(service, service, new Settings(), Tasks.onFxThread(WORKER), signedIn::add)
                .withSecondFactor(service);
        Scene scene = new Scene(new SignInView(model, () -> { }), 1280, 720);
        new AppTheme(new SimpleObjectProperty<>(ThemeChoice.LIGHT)).style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void awaitCodeIdle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.codeStepProperty().get() == null
                || !model.codeStepProperty().get().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePasswordOpensTheCodeCardAndEnterWithTheRightCodeSignsIn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.projectUrlProperty().set(supabase.baseUrl().toString());
            model.anonKeyProperty().set(supabase.anonKey());
            model.emailProperty().set(COACH);
            model.passwordProperty().set(PASSWORD);
        });
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.codeStepProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#codeCard").tryQuery()).isPresent();
        assertThat(robot.lookup("#codeIntro").queryAs(Label.class).getText()).contains("\u201cPhone\u201d");
        Button submit = robot.lookup("#codeSubmitButton").queryButton();
        assertThat(submit.isDisabled()).isTrue();
        assertThat(robot.lookup("#codeDisabledReason").queryAs(Label.class).getText())
                .isEqualTo("Type the 6-digit code your authenticator app shows.");
        assertThat(robot.lookup("#codeFactorChoice").query().isVisible()).as("one authenticator: no choice").isFalse();
        assertThat(signedIn).isEmpty();
        assertThat(service.takeLatest()).as("the aal1 session is not handed on").isEmpty();
        robot.interact(() -> screenshotQuietly("sign-in-code-light-1280.png", robot));

        TextField code = robot.lookup("#codeField").queryAs(TextField.class);
        robot.clickOn(code).write("12ab3"); // letters are not taken
        assertThat(code.getText()).isEqualTo("123");
        assertThat(robot.lookup("#codeDisabledReason").queryAs(Label.class).getText())
                .isEqualTo("The code has 6 digits; 3 typed so far.");
        robot.interact(() -> code.setText(""));
        robot.clickOn(code).write(TotpCodes.wrongCode(secret, Instant.now())).type(KeyCode.ENTER);
        awaitCodeIdle();
        assertThat(robot.lookup("#codeError").queryAs(Label.class).getText())
                .isEqualTo("That code is not right; type the 6-digit code your authenticator app shows now.");
        assertThat(signedIn).isEmpty();

        robot.clickOn(code).write(TotpCodes.code(secret, Instant.now())).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !signedIn.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(signedIn).singleElement().satisfies(s -> assertThat(s.coachEmail()).isEqualTo(COACH));
        assertThat(service.takeLatest()).hasValueSatisfying(s ->
                assertThat(AssuranceLevel.of(s.session())).isEqualTo(AssuranceLevel.AAL2));
        assertThat(model.codeStepProperty().get()).isNull();
    }

    private static void screenshotQuietly(String name, FxRobot robot) {
        try {
            Screenshots.save(robot.lookup("#signInView").query(), name);
        } catch (Exception notSaved) {
            // a screenshot is for reading, not for the test's verdict
        }
    }
}
